#include "engine/report/batch/writer.hpp"

#include "engine/report/batch/csv.hpp"
#include "engine/report/batch/file_names.hpp"
#include "engine/report/batch/html.hpp"
#include "engine/report/batch/markdown.hpp"
#include "engine/report/batch/sarif.hpp"
#include "engine/report/findings.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace lexgap::report::batch {

namespace fs = std::filesystem;

char const* to_string(Format format) {
  switch (format) {
    case Format::html: return "html";
    case Format::markdown: return "md";
    case Format::csv: return "csv";
    case Format::json: return "json";
    case Format::sarif: return "sarif";
  }
  return "";
}

std::optional<Format> format_from_string(std::string const& word) {
  for (auto f : all_formats)
    if (word == to_string(f)) return f;
  return std::nullopt;
}

namespace {

// Invalid UTF-8 (possible only in file paths) is replaced rather than thrown on.
std::string json_text(nlohmann::json const& document) {
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace

std::vector<PlannedFile> plan_files(Batch const& batch, std::vector<Format> const& formats) {
  std::vector<PlannedFile> plan;
  auto const* b = &batch;
  for (auto format : formats) {
    switch (format) {
      case Format::html:
        for (std::size_t j = 0; j < batch.jurisdictions.size(); ++j)
          plan.push_back({batch.stems[j] + ".html", [b, j] { return html_jurisdiction(*b, j); }});
        plan.push_back({"index.html", [b] { return html_summary(*b); }});
        break;
      case Format::markdown:
        for (std::size_t j = 0; j < batch.jurisdictions.size(); ++j)
          plan.push_back({batch.stems[j] + ".md", [b, j] { return markdown_jurisdiction(*b, j); }});
        plan.push_back({"index.md", [b] { return markdown_summary(*b); }});
        break;
      case Format::csv: plan.push_back({"findings.csv", [b] { return findings_csv(*b); }}); break;
      case Format::json:
        plan.push_back({"findings.json", [b] {
                          std::ostringstream document;
                          write_findings_json(document, b->baseline, b->jurisdictions, b->findings, {b->with_pending, b->generated});
                          return std::move(document).str();
                        }});
        break;
      case Format::sarif: plan.push_back({"findings.sarif", [b] { return json_text(findings_sarif(*b)); }}); break;
    }
  }
  return plan;
}

void write_file_atomically(fs::path const& folder, std::string const& name, std::string const& content) {
  if (!is_plain_file_name(name)) throw std::runtime_error(fmt::format("refusing to write '{}': not a plain file name", name));
  auto target = folder / name;
  auto temporary = folder / fmt::format(".{}.{}.tmp", name, ::getpid());
  auto fail = [&](char const* what, int error) {
    ::unlink(temporary.c_str());
    throw std::runtime_error(fmt::format("cannot write {}: {} failed: {}", target.string(), what, std::strerror(error)));
  };
  // O_NOFOLLOW: a symbolic link planted at the temporary name is not followed out of the folder.
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0666);
  if (fd < 0) throw std::runtime_error(fmt::format("cannot create {}: {}", temporary.string(), std::strerror(errno)));
  for (std::size_t done = 0; done < content.size();) {
    auto n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = errno;
      ::close(fd);
      fail("write", error);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) fail("close", errno);
  // No fsync: the rename guards against this program failing midway (a full disk, a crash), which
  // is what the batch promises; it costs about 15 ms a file, and durability across a power cut is
  // the file system's business (ext4 flushes a file replaced by rename).
  // rename() replaces the name itself, never the target of a symbolic link there.
  if (::rename(temporary.c_str(), target.c_str()) != 0) fail("rename", errno);
}

WriteOutcome write_batch(Batch const& batch, std::vector<Format> const& formats, fs::path const& folder,
                         Progress const& progress) {
  WriteOutcome outcome;
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) {
    outcome.errors.push_back(fmt::format("cannot create folder {}: {}", folder.string(), ec.message()));
    return outcome;
  }
  auto plan = plan_files(batch, formats);
  for (std::size_t i = 0; i < plan.size(); ++i) {
    if (progress) progress(i + 1, plan.size(), plan[i].name);
    try {
      write_file_atomically(folder, plan[i].name, plan[i].render());
      outcome.written.push_back(plan[i].name);
    } catch (std::exception const& e) {
      outcome.errors.push_back(e.what());
    }
  }
  return outcome;
}

}  // namespace lexgap::report::batch
