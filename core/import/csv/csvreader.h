#pragma once

#include "import/tablereader.h"

#include <QString>

#include <memory>

namespace Crm::Core::Import {

// Opens a delimited text file (CSV, TSV, TXT). Detects the encoding by scoring a sniff
// buffer of the file's start (UTF-8, UTF-16LE/BE, GB18030, Big5, Shift-JIS, Windows-1252)
// unless options.encoding names one, and the delimiter and quote character unless
// options.delimiter is set. The file is streamed; only the sniff buffer is held whole.
// Fails with a BadInput error naming the file when it cannot be read as text.
Result<std::unique_ptr<TableReader>> openCsvReader(const QString &path, const ReadOptions &options = {});

}  // namespace Crm::Core::Import
