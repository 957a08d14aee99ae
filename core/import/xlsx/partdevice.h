#pragma once

#include <QIODevice>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace Crm::Core::Import::Xlsx {

// One zip entry as a read-only sequential device that refuses to inflate more than
// `maxBytes`, or more than `maxRatio` times its compressed size once past a floor: the
// guard against zip bombs. After a refusal read() fails and limitExceeded() is true.
class PartDevice final : public QIODevice
{
public:
    struct Limits
    {
        qint64 maxBytes = qint64(1) << 30;  // 1 GiB of XML per part
        qint64 maxRatio = 1000;
        qint64 ratioFloor = qint64(16) << 20;  // small parts may compress very well
    };

    PartDevice(QuaZip *zip, qint64 compressedSize, Limits limits);
    ~PartDevice() override;

    // Opens the zip's current file; false with errorString() set on failure.
    bool openPart();
    bool isSequential() const override { return true; }
    // Reads (and discards) the rest of the entry, within the limits, so that its CRC is
    // checked; corrupt() tells the outcome.
    void drain();
    bool limitExceeded() const { return m_limitExceeded; }
    // The entry's data did not match its CRC (or inflating failed at the end).
    bool corrupt() const { return m_corrupt; }
    qint64 inflatedBytes() const { return m_inflated; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    std::unique_ptr<QuaZipFile> m_file;
    qint64 m_compressedSize = 0;
    Limits m_limits;
    qint64 m_inflated = 0;
    bool m_limitExceeded = false;
    bool m_corrupt = false;
};

}  // namespace Crm::Core::Import::Xlsx
