// Fuzzes the command lines of `leakylab eval` and `leakylab code`: the input is the argument list, one
// word per line. Runs the real commands in-process, and checks the number and word helpers they share.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "app/cli_common.h"
#include "core/code_gen.h"
#include "fuzz_check.h"

namespace {

using namespace leakylab;

// The commands' help text names the program from QCoreApplication, as in the real program.
void ensureApplication()
{
    static int argc = 1;
    static char name[] = "leakylab";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
}

QStringList wordsOf(std::string_view input)
{
    QStringList words{QStringLiteral("leakylab")}; // what each command's parser sees first
    for (std::size_t start = 0; start <= input.size();) {
        const std::size_t end = std::min(input.find('\n', start), input.size());
        words << QString::fromUtf8(input.data() + start, static_cast<qsizetype>(end - start));
        start = end + 1;
    }
    return words;
}

// protectNegativeWords leaves the words as they were, or puts one "--" before a word that looks negative.
void checkProtectNegativeWords(const QStringList& words)
{
    const QStringList out = cli::protectNegativeWords(words, {"activation", "negative-slope", "seed", "form"});
    if (out == words)
        return;
    LEAKYLAB_FUZZ_CHECK(out.size() == words.size() + 1);
    qsizetype i = 0;
    while (i < words.size() && out[i] == words[i])
        ++i;
    LEAKYLAB_FUZZ_CHECK(out[i] == QStringLiteral("--"));
    LEAKYLAB_FUZZ_CHECK(out.mid(i + 1) == words.mid(i));
}

// A slope read from the command line is written into the program as pythonFloat, and must read back the same.
void checkNumbers(const QString& word)
{
    if (const auto value = cli::parseFloat(word); value && std::isfinite(*value)) {
        const auto again = cli::parseFloat(QString::fromStdString(pythonFloat(*value)));
        LEAKYLAB_FUZZ_CHECK(again && std::memcmp(&*again, &*value, sizeof(double)) == 0);
    }
    if (const auto seed = cli::parseSeed(word))
        LEAKYLAB_FUZZ_CHECK(cli::parseSeed(QString::number(*seed)) == seed);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ensureApplication();
    const QStringList words = wordsOf(std::string_view(reinterpret_cast<const char*>(data), size));
    checkProtectNegativeWords(words);
    for (const QString& word : words)
        checkNumbers(word);

    // A mistake is exit code 2 with one line on stderr; anything else is a bug.
    for (auto run : {cli::runEval, cli::runCode}) {
        const int code = run(words);
        LEAKYLAB_FUZZ_CHECK(code == 0 || code == cli::kUsageError);
    }
    return 0;
}
