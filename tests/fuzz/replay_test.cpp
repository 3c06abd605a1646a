// Replays a fuzz target's kept inputs without libFuzzer: each file of regressions/NAME is its own test,
// and the whole of corpus/NAME one more. Built with every compiler, so the normal and asan suites run them.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

const fs::path kFuzzDir = LEAKYLAB_FUZZ_DIR;
constexpr const char* kTarget = LEAKYLAB_FUZZ_NAME;

std::vector<fs::path> filesIn(const fs::path& dir)
{
    std::vector<fs::path> files;
    if (fs::is_directory(dir))
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.is_regular_file())
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

void replay(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    ASSERT_TRUE(in) << "cannot read " << file;
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // Said before running: a crash ends the process, and this line is what tells which input it was.
    std::fprintf(stderr, "replaying %s\n", file.c_str());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

// A test name GoogleTest and CTest both take: the file name with anything unusual made '_'.
std::string testName(const fs::path& file)
{
    std::string name = file.filename().string();
    std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return name;
}

class Replay : public ::testing::Test {
public:
    explicit Replay(std::vector<fs::path> files) : files_(std::move(files)) {}
    void TestBody() override
    {
        ASSERT_FALSE(files_.empty()) << "no inputs kept for " << kTarget;
        for (const fs::path& file : files_)
            replay(file);
    }

private:
    std::vector<fs::path> files_;
};

} // namespace

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    const std::string suite = kTarget;
    for (const fs::path& file : filesIn(kFuzzDir / "regressions" / kTarget))
        ::testing::RegisterTest(suite.c_str(), ("regression_" + testName(file)).c_str(), nullptr, nullptr, __FILE__,
                                __LINE__, [file]() -> ::testing::Test* { return new Replay({file}); });
    const std::vector<fs::path> corpus = filesIn(kFuzzDir / "corpus" / kTarget);
    ::testing::RegisterTest(suite.c_str(), "corpus", nullptr, nullptr, __FILE__, __LINE__,
                            [corpus]() -> ::testing::Test* { return new Replay(corpus); });
    return RUN_ALL_TESTS();
}
