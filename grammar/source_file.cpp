#include "grammar/source_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <system_error>

namespace lexgap {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned min = 0;
  if ((c & 0xE0) == 0xC0) { n = 2; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { n = 3; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { n = 4; min = 0x10000; }
  else return 0;
  if (i + n > s.size()) return 0;
  unsigned cp = c & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

unsigned code_points(std::string_view s) {
  unsigned n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

SourceFile::SourceFile(std::string path, std::string bytes) : path_(std::move(path)), text_(std::move(bytes)) {
  if (text_.size() >= 3 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) text_.erase(0, 3);
  line_starts_.push_back(0);
  char const* const begin = text_.data();
  char const* const end = begin + text_.size();
  for (char const* p = begin; (p = static_cast<char const*>(std::memchr(p, '\n', end - p))) != nullptr; ++p)
    line_starts_.push_back(static_cast<std::size_t>(p - begin) + 1);
}

SourceFile::LineColumn SourceFile::line_column(std::uint32_t offset) const {
  std::size_t at = std::min<std::size_t>(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), at);
  std::size_t line_index = static_cast<std::size_t>(std::distance(line_starts_.begin(), it)) - 1;
  std::size_t line_start = line_starts_[line_index];
  std::string_view before(text_.data() + line_start, at - line_start);
  if (!before.empty() && before.back() == '\r') before.remove_suffix(1);
  return {static_cast<unsigned>(line_index + 1), static_cast<unsigned>(code_points(before) + 1)};
}

SourcePosition SourceFile::position(syntax::Range range) const {
  std::size_t begin = std::min<std::size_t>(range.begin, text_.size());
  std::size_t end = std::max<std::size_t>(begin, std::min<std::size_t>(range.end, text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), begin);
  std::size_t line_index = static_cast<std::size_t>(std::distance(line_starts_.begin(), it)) - 1;
  std::size_t line_start = line_starts_[line_index];
  // From the line table: searching for the end would cost the rest of a long line.
  std::size_t line_end = line_index + 1 < line_starts_.size() ? line_starts_[line_index + 1] - 1 : text_.size();
  std::string_view line(text_.data() + line_start, line_end - line_start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

  SourcePosition p;
  p.file = path_;
  p.line = static_cast<unsigned>(line_index + 1);
  std::size_t column_bytes = std::min(begin - line_start, line.size());
  p.column = code_points(line.substr(0, column_bytes)) + 1;
  std::size_t end_bytes = std::min(end, line_start + line.size()) - line_start;
  p.end_column = std::max(p.column + 1, code_points(line.substr(0, std::max(end_bytes, column_bytes))) + 1);
  p.line_text = std::string(line);
  return p;
}

Diagnostic SourceFile::diagnose(Severity severity, syntax::Range range, std::string message) const {
  Diagnostic d;
  d.severity = severity;
  d.where = position(range);
  d.message = std::move(message);
  return d;
}

DiagnosticNote SourceFile::note(syntax::Range range, std::string message) const {
  return DiagnosticNote{position(range), std::move(message)};
}

std::optional<Diagnostic> SourceFile::encoding_fault() const {
  for (std::size_t i = 0; i < text_.size();) {
    if (static_cast<unsigned char>(text_[i]) - 1u < 0x7Fu) {  // ASCII other than NUL: the common case
      ++i;
      continue;
    }
    if (text_[i] == '\0') {
      auto at = static_cast<std::uint32_t>(i);
      return diagnose(Severity::error, {at, at + 1}, "file contains a NUL byte; .lgl files are UTF-8 text");
    }
    std::size_t n = utf8_sequence_length(text_, i);
    if (n == 0) {
      auto at = static_cast<std::uint32_t>(i);
      return diagnose(Severity::error, {at, at + 1}, "invalid UTF-8 byte sequence; .lgl files are UTF-8 text");
    }
    i += n;
  }
  return std::nullopt;
}

LoadedFile load_source_file(std::string const& path) {
  LoadedFile result;
  auto fail = [&](std::string message) {
    Diagnostic d;
    d.where.file = path;
    d.message = std::move(message);
    result.error = std::move(d);
    return result;
  };
  auto fail_with_errno = [&] { return fail("cannot read file: " + std::generic_category().message(errno)); };
  // One open, one fstat, reads, one close: a batch opens thousands of small
  // files, and the stream and filesystem calls cost several times that each.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail_with_errno();
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) return fail_with_errno();
  if (S_ISDIR(info.st_mode)) return fail("is a directory, not an .lgl file");
  if (static_cast<std::uint64_t>(info.st_size) > max_file_bytes) return fail("file is larger than the 64 MiB limit");
  std::string bytes(static_cast<std::size_t>(info.st_size), '\0');
  std::size_t filled = 0;
  while (filled < bytes.size()) {
    ssize_t n = ::read(fd, bytes.data() + filled, bytes.size() - filled);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail_with_errno();
    if (n == 0) break;  // the file shrank since fstat
    filled += static_cast<std::size_t>(n);
  }
  bytes.resize(filled);
  result.file.emplace(path, std::move(bytes));
  return result;
}

}  // namespace lexgap
