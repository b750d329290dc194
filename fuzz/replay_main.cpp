// A main() for the fuzz targets when built without libFuzzer (GCC): replays every file named on
// the command line, or every file under a named folder, through LLVMFuzzerTestOneInput. CTest
// runs it on the seed corpora so the targets stay compiled and exercised in every build.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

int Replay(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: %s: cannot read\n", file.string().c_str());
    return 1;
  }
  const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int failures = 0;
  std::size_t inputs = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path arg(argv[i]);
    std::error_code ec;
    if (std::filesystem::is_directory(arg, ec)) {
      std::vector<std::filesystem::path> files;
      for (const auto& entry : std::filesystem::recursive_directory_iterator(arg, ec)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) {
        failures += Replay(f);
        ++inputs;
      }
    } else {
      failures += Replay(arg);
      ++inputs;
    }
  }
  // Inputs no corpus holds: empty, one NUL, a lone "<".
  LLVMFuzzerTestOneInput(nullptr, 0);
  const std::uint8_t nul = 0;
  LLVMFuzzerTestOneInput(&nul, 1);
  const std::uint8_t lt = '<';
  LLVMFuzzerTestOneInput(&lt, 1);
  std::printf("replayed %zu inputs\n", inputs);
  if (inputs == 0) {
    std::fprintf(stderr, "replay: no inputs\n");
    return 1;
  }
  return failures == 0 ? 0 : 1;
}
