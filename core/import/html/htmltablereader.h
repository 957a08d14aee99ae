#pragma once

#include "import/tablereader.h"

#include <QString>

#include <memory>

namespace Crm::Core::Import {

// Reads the first <table> of an HTML page: what many web shops and report tools really
// deliver as an "Excel export" (.xls). Cells come as text (like CSV), entities decoded and
// white space collapsed; colspan leaves the extra cells empty (like merged cells). The
// encoding comes from a BOM or the page's charset, else UTF-8, else GB18030. Pages above
// 64 MB are refused (they are parsed in memory).
Result<std::unique_ptr<TableReader>> openHtmlTableReader(const QString &path, const ReadOptions &options = {});

}  // namespace Crm::Core::Import
