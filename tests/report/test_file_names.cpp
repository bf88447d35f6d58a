// Output file names: no jurisdiction code, however hostile, names a file
// outside the output folder or one of the batch's own files.
#include "engine/report/batch/file_names.hpp"
#include "engine/report/batch/writer.hpp"
#include "reports_fixture.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace lexgap::report::batch;
namespace fs = std::filesystem;

using lexgap::testing::fresh_folder;
using lexgap::testing::names_in;

TEST_CASE("ISO codes are their own file stems", "[report][file-names]") {
  CHECK(file_stem("NL") == "NL");
  CHECK(file_stem("GB-SCT") == "GB-SCT");
}

TEST_CASE("path separators, dots and control characters are replaced", "[report][file-names]") {
  CHECK(file_stem("../etc/passwd") == "___etc_passwd");
  CHECK(file_stem("..") == "__");
  CHECK(file_stem(".") == "_");
  CHECK(file_stem("") == "_");
  CHECK(file_stem("a\\b") == "a_b");
  CHECK(file_stem("a\x01\n\x7f" "b") == "a___b");
  CHECK(file_stem("Ü") == "__");  // two UTF-8 bytes
  CHECK(file_stem(std::string(200, 'A')).size() == 64);
}

TEST_CASE("a code cannot take the name of the batch's own files", "[report][file-names]") {
  CHECK(file_stem("index") == "_index");
  CHECK(file_stem("INDEX") == "_INDEX");
  CHECK(file_stem("Findings") == "_Findings");
}

TEST_CASE("every stem is a plain file name, whatever the bytes of the code", "[report][file-names]") {
  for (int c = 0; c < 256; ++c) {
    std::string code = "X" + std::string(1, static_cast<char>(c)) + "..";
    auto stem = file_stem(code);
    INFO("byte " << c << " gives stem '" << stem << "'");
    CHECK(is_plain_file_name(stem + ".html"));
    CHECK(stem.find("..") == std::string::npos);
    CHECK(stem.find('/') == std::string::npos);
  }
}

TEST_CASE("stems are made unique, also for case-insensitive file systems", "[report][file-names]") {
  CHECK(file_stems({"NL", "nl", "N/L", "N.L", "DE"}) == std::vector<std::string>{"NL", "nl-2", "N_L", "N_L-2", "DE"});
}

TEST_CASE("is_plain_file_name accepts only a name inside the folder", "[report][file-names]") {
  CHECK(is_plain_file_name("NL.html"));
  CHECK(is_plain_file_name("findings.csv"));
  CHECK_FALSE(is_plain_file_name(""));
  CHECK_FALSE(is_plain_file_name("."));
  CHECK_FALSE(is_plain_file_name(".."));
  CHECK_FALSE(is_plain_file_name("../NL.html"));
  CHECK_FALSE(is_plain_file_name("a/b.html"));
  CHECK_FALSE(is_plain_file_name("a\\b.html"));
  CHECK_FALSE(is_plain_file_name(".hidden"));
  CHECK_FALSE(is_plain_file_name("a\nb"));
  CHECK_FALSE(is_plain_file_name(std::string(256, 'a')));
}

TEST_CASE("the writer refuses a name that would leave the folder", "[report][file-names]") {
  auto parent = fresh_folder("refuse");
  auto folder = parent / "out";
  fs::create_directories(folder);
  CHECK_THROWS_AS(write_file_atomically(folder, "../escaped.html", "x"), std::runtime_error);
  CHECK_THROWS_AS(write_file_atomically(folder, "sub/escaped.html", "x"), std::runtime_error);
  CHECK(names_in(parent) == std::vector<std::string>{"out"});
  CHECK(names_in(folder).empty());
}

TEST_CASE("the writer replaces a file whole and leaves no temporary file", "[report][file-names]") {
  auto folder = fresh_folder("replace");
  write_file_atomically(folder, "NL.html", "old");
  write_file_atomically(folder, "NL.html", "new content");
  CHECK(lexgap::testing::read_file(folder / "NL.html") == "new content");
  CHECK(names_in(folder) == std::vector<std::string>{"NL.html"});
}

TEST_CASE("the writer replaces a symbolic link instead of writing through it", "[report][file-names]") {
  auto parent = fresh_folder("symlink");
  auto folder = parent / "out";
  fs::create_directories(folder);
  std::ofstream(parent / "outside.txt") << "untouched";
  fs::create_symlink(parent / "outside.txt", folder / "NL.html");
  write_file_atomically(folder, "NL.html", "report");
  CHECK(lexgap::testing::read_file(parent / "outside.txt") == "untouched");
  CHECK_FALSE(fs::is_symlink(folder / "NL.html"));
  CHECK(lexgap::testing::read_file(folder / "NL.html") == "report");
}
