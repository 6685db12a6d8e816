#include "gzip.h"

#include <QRandomGenerator>
#include <QtTest>
#include <sys/resource.h>

namespace {

// Deflate's bit order (RFC 1951 §3.1.1): fields LSB first, Huffman codes MSB first.
class BitWriter
{
public:
    void field(quint32 value, int count)
    {
        for (int i = 0; i < count; ++i)
            put((value >> i) & 1u);
    }
    void code(quint32 value, int length)
    {
        for (int i = length - 1; i >= 0; --i)
            put((value >> i) & 1u);
    }
    QByteArray finish()
    {
        if (m_used > 0)
            m_out.append(char(m_current));
        m_current = 0;
        m_used = 0;
        return m_out;
    }
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }

private:
    void put(quint32 bit)
    {
        m_current |= bit << m_used;
        if (++m_used == 8) {
            m_out.append(char(m_current));
            m_current = 0;
            m_used = 0;
        }
    }

    QByteArray m_out;
    quint32 m_current = 0;
    int m_used = 0;
};

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLittleEndian(QByteArray *out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out->append(char((value >> (8 * i)) & 0xffu));
}

// A gzip member written by hand, so that a test can hold a bomb of any size without ever
// having its inflated form in memory: one literal zero byte, then `repeats` copies of
// <length 258, distance 1> in a fixed-Huffman block, i.e. 1 + 258 * repeats zero bytes from
// 13 bits per 258 bytes. The CRC in the trailer is only computed for small members (a correct
// inflater stops at its limit long before it reaches the trailer of a big one).
QByteArray handMadeGzipOfZeros(qint64 repeats)
{
    QByteArray member = QByteArray::fromHex("1f8b0800000000000003"); // no name, no mtime, Unix
    BitWriter bits;
    bits.reserve(repeats * 13 / 8 + 16);
    bits.field(1, 1);   // BFINAL
    bits.field(1, 2);   // BTYPE 01: fixed Huffman codes
    bits.code(0x30, 8); // literal 0x00
    for (qint64 i = 0; i < repeats; ++i) {
        bits.code(0xc5, 8); // length code 285: 258 bytes
        bits.code(0x00, 5); // distance code 0: distance 1
    }
    bits.code(0x00, 7); // end of block (256)
    member += bits.finish();
    const qint64 size = 1 + 258 * repeats;
    appendLittleEndian(&member, size <= 1024 * 1024 ? crc32(QByteArray(size, '\0')) : 0u);
    appendLittleEndian(&member, quint32(size & 0xffffffffu));
    return member;
}

qint64 peakResidentKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

} // namespace

class TestGzip : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("level");
        QTest::newRow("empty") << QByteArray() << 6;
        QTest::newRow("one byte") << QByteArrayLiteral("x") << 6;
        QTest::newRow("utf-8 json")
            << QStringLiteral("{\"title\": \"Siembra de árboles, año 2026\"}").toUtf8() << 6;
        QTest::newRow("1 MiB random") << randomBytes(1024 * 1024, 42) << 6;
        QTest::newRow("1 MiB text, fastest")
            << QByteArrayLiteral("Registro Civil: certificación de nacimiento. ")
                   .repeated(30000)
                   .left(1024 * 1024)
            << 1;
        QTest::newRow("1 MiB zeros, best") << QByteArray(1024 * 1024, '\0') << 9;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, level);
        const QByteArray compressed = gzipCompress(data, level);
        // RFC 1952 framing (magic 1f 8b, method 8 = deflate), which HTTP peers understand.
        QVERIFY(compressed.size() >= 18);
        QCOMPARE(compressed.left(3), QByteArray::fromHex("1f8b08"));

        InflateError error = InflateError::Damaged;
        const auto inflated = gzipDecompress(compressed, data.size(), &error);
        QCOMPARE(error, InflateError::None);
        QVERIFY(inflated.has_value());
        QCOMPARE(inflated->size(), data.size());
        QVERIFY(*inflated == data);
    }

    void repetitiveDataShrinks()
    {
        const QByteArray data(1024 * 1024, ' ');
        QVERIFY2(gzipCompress(data).size() < data.size() / 100,
                 "1 MiB of spaces should compress at least a hundredfold");
    }

    void anAnswerOfExactlyTheLimitIsAccepted()
    {
        const QByteArray data = randomBytes(200 * 1000, 7);
        const QByteArray compressed = gzipCompress(data);
        InflateError error = InflateError::Damaged;
        const auto inflated = gzipDecompress(compressed, data.size(), &error);
        QCOMPARE(error, InflateError::None);
        QVERIFY(inflated && *inflated == data);

        const auto oneOver = gzipDecompress(compressed, data.size() - 1, &error);
        QCOMPARE(error, InflateError::TooLarge);
        QVERIFY(!oneOver.has_value());
    }

    void theHandMadeMemberIsValidGzip()
    {
        // Proves the bomb below is well-formed, so that its TooLarge is the limit's doing.
        const QByteArray member = handMadeGzipOfZeros(3);
        InflateError error = InflateError::Damaged;
        const auto inflated = gzipDecompress(member, 1024, &error);
        QCOMPARE(error, InflateError::None);
        QVERIFY(inflated.has_value());
        QCOMPARE(*inflated, QByteArray(1 + 3 * 258, '\0'));
    }

    void tooLargeStopsAtTheLimit()
    {
        // 1 GiB of zeros in under 7 MB: inflating it all would grow this process by 1 GiB.
        const qint64 repeats = (qint64(1) << 30) / 258;
        const QByteArray bomb = handMadeGzipOfZeros(repeats);
        QVERIFY(bomb.size() < 8 * 1024 * 1024);
        const qint64 peakBefore = peakResidentKiB();

        InflateError error = InflateError::None;
        const auto inflated = gzipDecompress(bomb, 1024 * 1024, &error);
        QCOMPARE(error, InflateError::TooLarge);
        QVERIFY(!inflated.has_value());

        const qint64 grownKiB = peakResidentKiB() - peakBefore;
        QVERIFY2(grownKiB < 64 * 1024,
                 qPrintable(QStringLiteral("the peak resident size grew by %1 KiB while "
                                           "inflating under a 1 MiB limit")
                                .arg(grownKiB)));
    }

    void tooLargeAtAZeroLimit()
    {
        InflateError error = InflateError::None;
        QVERIFY(!gzipDecompress(gzipCompress(QByteArrayLiteral("x")), 0, &error));
        QCOMPARE(error, InflateError::TooLarge);
    }

    void damaged_data()
    {
        const QByteArray data =
            QByteArrayLiteral("{\"since\": 0, \"next\": 0, \"more\": false, \"changes\": []}")
                .repeated(50);
        const QByteArray compressed = gzipCompress(data);
        QVERIFY(compressed.size() > 40);

        QByteArray flipped = compressed;
        flipped[compressed.size() / 2] = char(flipped.at(compressed.size() / 2) ^ 0x55);
        QByteArray badCrc = compressed;
        badCrc[compressed.size() - 8] = char(badCrc.at(compressed.size() - 8) ^ 0x01);
        QByteArray badSize = compressed;
        badSize[compressed.size() - 4] = char(badSize.at(compressed.size() - 4) ^ 0x01);

        QTest::addColumn<QByteArray>("input");
        QTest::newRow("cut in half") << compressed.left(compressed.size() / 2);
        QTest::newRow("trailer missing") << compressed.chopped(8);
        QTest::newRow("last byte missing") << compressed.chopped(1);
        QTest::newRow("header only") << compressed.left(10);
        QTest::newRow("a byte flipped in the data") << flipped;
        QTest::newRow("wrong crc") << badCrc;
        QTest::newRow("wrong length") << badSize;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain json") << data;
        QTest::newRow("qCompress framing") << qCompress(data);
        QTest::newRow("zlib framing") << qCompress(data).mid(4); // without Qt's size prefix
        QTest::newRow("wrong magic") << QByteArray("\x1f\x8c", 2) + compressed.mid(2);
    }

    void damaged()
    {
        QFETCH(QByteArray, input);
        InflateError error = InflateError::None;
        const auto inflated = gzipDecompress(input, 64 * 1024 * 1024, &error);
        QCOMPARE(error, InflateError::Damaged);
        QVERIFY(!inflated.has_value());
    }

    void theErrorIsResetOnSuccess()
    {
        InflateError error = InflateError::Damaged;
        QVERIFY(gzipDecompress(gzipCompress(QByteArrayLiteral("ok")), 10, &error));
        QCOMPARE(error, InflateError::None);
    }
};

QTEST_GUILESS_MAIN(TestGzip)
#include "tst_gzip.moc"
