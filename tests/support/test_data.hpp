// Reading the fixtures under tests/data: bytes as they are on disk (GBK pages, XLSX, PDF), and a
// test failure naming the file when it is missing, so a moved fixture never looks like empty input.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace govwatch::testing {

// The content of tests/data/<relative>, byte for byte.
inline std::string TestData(std::string_view relative) {
  const std::string path = std::string(GOVWATCH_TEST_DATA_DIR) + "/" + std::string(relative);
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "missing fixture " << path;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace govwatch::testing
