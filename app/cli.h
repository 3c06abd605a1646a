// The command-line entry: `leakylab eval ...` and the other headless subcommands.
#pragma once

namespace leakylab {

// True when the arguments ask for a headless command (a subcommand, --help or --version),
// which runs without a display.
bool isCommandLineMode(int argc, char** argv);

// Runs the headless command; returns the process exit code (2 for a usage or input error).
int runCommandLine(int argc, char** argv);

} // namespace leakylab
