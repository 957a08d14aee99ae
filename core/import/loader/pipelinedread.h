#pragma once

#include "import/tablereader.h"

namespace Crm::Core::Import {

// TableReader::readRows with the reading (file I/O, decoding, parsing) on a thread of its
// own, so that the calling thread maps, validates and loads the rows on the machine's
// other core meanwhile. Same contract as readRows: `sink` sees every row in order and stops
// the reading by returning false; `progress` may cancel (the result is then a Cancelled
// error). Both run on the calling thread, which owns the database connection. The rows go
// over in small batches through a queue of bounded length, so memory stays flat in the
// file's size. The reader is used by the reading thread only, and only until this returns.
VoidResult readRowsPipelined(TableReader &reader, const TableReader::RowSink &sink, const ProgressSink &progress = {});

}  // namespace Crm::Core::Import
