#include "promqueryreader.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace pc {

namespace {

constexpr int kMaxDepth = 64;
// Up to this many digits of seconds, seconds * 1000 + milliseconds is below 2^50, where
// qRound64(seconds * 1000.0), as the general parser computes it, is exact too.
constexpr int kMaxExactSecondDigits = 12;
// Beyond this, milliseconds do not fit a qint64; both parsers refuse such times.
constexpr double kMaxAbsMilliseconds = 9e18;

// RFC 3629 UTF-8, as QJsonDocument demands it: no overlong forms, no surrogates, nothing
// past U+10FFFF.
bool isValidUtf8(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = p + text.size();
    while (p < end) {
        const unsigned char lead = *p++;
        if (lead < 0x80)
            continue;
        int more = 0;
        char32_t code = 0;
        char32_t least = 0;
        if ((lead & 0xE0) == 0xC0) {
            more = 1;
            code = lead & 0x1F;
            least = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            more = 2;
            code = lead & 0x0F;
            least = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            more = 3;
            code = lead & 0x07;
            least = 0x10000;
        } else {
            return false;
        }
        if (end - p < more)
            return false;
        for (int i = 0; i < more; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        p += more;
        if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
    }
    return true;
}

// Every method returns false as soon as the input is not what a successful answer looks
// like; the caller then gives up and lets the general parser explain.
class Reader
{
public:
    explicit Reader(QByteArrayView body) : m_p(body.data()), m_end(body.data() + body.size()) {}

    bool document(PromQueryResult *result)
    {
        bool success = false;
        bool haveStatus = false;
        bool haveData = false;
        bool haveWarnings = false;
        bool haveInfos = false;
        QStringList infos;  // after the warnings, whatever the order in the document
        if (!expect('{'))
            return false;
        if (peek('}'))
            return false;
        // A member given twice: QJsonDocument keeps one of them, this reader would merge them.
        do {
            QByteArrayView key;
            if (!rawString(&key) || !expect(':'))
                return false;
            if (key == "status") {
                QByteArrayView status;
                if (!once(&haveStatus) || !rawString(&status))
                    return false;
                success = status == "success";
            } else if (key == "data") {
                if (!once(&haveData) || !data(result))
                    return false;
            } else if (key == "warnings") {
                if (!once(&haveWarnings) || !stringList(&result->warnings))
                    return false;
            } else if (key == "infos") {
                if (!once(&haveInfos) || !stringList(&infos))
                    return false;
            } else if (!skipValue(0)) {
                return false;
            }
        } while (next());
        if (!expect('}'))
            return false;
        skipSpace();
        result->warnings += infos;
        return success && haveData && m_p == m_end;
    }

private:
    // For a member that may appear once: false the second time.
    static bool once(bool *seen)
    {
        if (*seen)
            return false;
        *seen = true;
        return true;
    }

    bool data(PromQueryResult *result)
    {
        if (!expect('{'))
            return false;
        QByteArrayView type;
        bool haveType = false;
        bool haveResult = false;
        if (peek('}'))
            return false;
        do {
            QByteArrayView key;
            if (!rawString(&key) || !expect(':'))
                return false;
            if (key == "resultType") {
                if (!once(&haveType) || !rawString(&type))
                    return false;
            } else if (key == "result") {
                // Prometheus writes resultType first; another order goes the general way.
                if (!once(&haveResult) || !result_(type, result))
                    return false;
            } else if (!skipValue(0)) {
                return false;
            }
        } while (next());
        return expect('}') && haveResult;
    }

    bool result_(QByteArrayView type, PromQueryResult *result)
    {
        if (type == "matrix" || type == "vector") {
            const bool matrix = type == "matrix";
            result->type = matrix ? PromQueryResult::Type::Matrix : PromQueryResult::Type::Vector;
            if (!expect('['))
                return false;
            if (peek(']'))
                return expect(']');
            do {
                PromSeries series;
                if (!oneSeries(matrix, &series))
                    return false;
                result->series.append(std::move(series));
            } while (next());
            return expect(']');
        }
        if (type == "scalar") {
            result->type = PromQueryResult::Type::Scalar;
            return sample(&result->scalar);
        }
        if (type == "string") {
            result->type = PromQueryResult::Type::String;
            result->scalar.value = std::numeric_limits<double>::quiet_NaN();
            return expect('[') && timestamp(&result->scalar.timestampMs) && expect(',')
                   && string(&result->string) && expect(']');
        }
        return false;
    }

    bool oneSeries(bool matrix, PromSeries *series)
    {
        if (!expect('{'))
            return false;
        bool haveLabels = false;
        bool haveSamples = false;
        bool haveHistograms = false;
        if (peek('}'))
            return false;
        do {
            QByteArrayView key;
            if (!rawString(&key) || !expect(':'))
                return false;
            if (key == "metric") {
                if (!once(&haveLabels) || !labels(&series->labels))
                    return false;
            } else if (matrix && key == "values") {
                if (!once(&haveSamples) || !sampleList(&series->samples))
                    return false;
            } else if (!matrix && key == "value") {
                PromSample one;
                if (!once(&haveSamples) || !sample(&one))
                    return false;
                series->samples.append(one);
            } else if (key == (matrix ? "histograms" : "histogram")) {
                // Native histograms have no float value to plot.
                if (!once(&haveHistograms) || !skipValue(0))
                    return false;
            } else if (!skipValue(0)) {
                return false;
            }
        } while (next());
        return expect('}') && (haveSamples || haveHistograms);
    }

    bool labels(QMap<QString, QString> *labels)
    {
        if (!expect('{'))
            return false;
        if (peek('}'))
            return expect('}');
        do {
            QString name;
            QString value;
            if (!string(&name) || !expect(':') || !string(&value) || labels->contains(name))
                return false;
            labels->insert(name, value);
        } while (next());
        return expect('}');
    }

    bool sampleList(QList<PromSample> *samples)
    {
        if (!expect('['))
            return false;
        if (peek(']'))
            return expect(']');
        // A pair takes at least 10 bytes ("[1,\"1\"],"): a cheap upper bound to reserve,
        // trimmed once the count is known.
        samples->reserve(std::min<qsizetype>((m_end - m_p) / 10 + 1, 1 << 20));
        do {
            PromSample point;
            if (!sample(&point))
                return false;
            samples->append(point);
        } while (next());
        samples->squeeze();
        return expect(']');
    }

    bool sample(PromSample *sample)
    {
        QByteArrayView text;
        if (!expect('[') || !timestamp(&sample->timestampMs) || !expect(',') || !rawString(&text)
            || !expect(']'))
            return false;
        return sampleValue(text, &sample->value);
    }

    static bool sampleValue(QByteArrayView text, double *value)
    {
        if (text == "NaN") {
            *value = std::numeric_limits<double>::quiet_NaN();
            return true;
        }
        if (text == "+Inf" || text == "Inf") {
            *value = std::numeric_limits<double>::infinity();
            return true;
        }
        if (text == "-Inf") {
            *value = -std::numeric_limits<double>::infinity();
            return true;
        }
        if (text.isEmpty())
            return false;
        bool ok = false;
        *value = text.toDouble(&ok);
        return ok;
    }

    // Seconds with up to three decimals, read exactly into milliseconds; anything fancier
    // (an exponent, more decimals, more digits) goes through a double as the general parser
    // does.
    bool timestamp(qint64 *ms)
    {
        skipSpace();
        const char *start = m_p;
        if (!number())
            return false;
        const QByteArrayView text(start, m_p - start);
        const bool negative = text.front() == '-';
        const QByteArrayView digits = negative ? text.sliced(1) : text;
        const qsizetype dot = digits.indexOf('.');
        const qsizetype secondDigits = dot < 0 ? digits.size() : dot;
        const qsizetype decimals = dot < 0 ? 0 : digits.size() - dot - 1;
        const bool plain = digits.indexOf('e') < 0 && digits.indexOf('E') < 0;
        if (!plain || secondDigits > kMaxExactSecondDigits || decimals > 3) {
            bool ok = false;
            const double value = text.toDouble(&ok) * 1000.0;
            if (!ok || !(std::fabs(value) < kMaxAbsMilliseconds))
                return false;
            *ms = qRound64(value);
            return true;
        }
        qint64 value = 0;
        for (qsizetype i = 0; i < secondDigits; ++i)
            value = value * 10 + (digits[i] - '0');
        for (qsizetype i = 0; i < 3; ++i)
            value = value * 10 + (i < decimals ? digits[dot + 1 + i] - '0' : 0);
        *ms = negative ? -value : value;
        return true;
    }

    // A JSON number (RFC 8259 6): -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?
    bool number()
    {
        const auto digit = [this] {
            return m_p < m_end && *m_p >= '0' && *m_p <= '9';
        };
        const auto digits = [&] {
            if (!digit())
                return false;
            while (digit())
                ++m_p;
            return true;
        };
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p;
        else if (!digits())
            return false;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return false;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
        }
        return true;
    }

    bool stringList(QStringList *out)
    {
        if (!expect('['))
            return false;
        if (peek(']'))
            return expect(']');
        do {
            QString text;
            if (!string(&text))
                return false;
            out->append(text);
        } while (next());
        return expect(']');
    }

    // A string without escapes, as bytes; false when it has any.
    bool rawString(QByteArrayView *out)
    {
        if (!expect('"'))
            return false;
        const char *start = m_p;
        bool ascii = true;
        while (m_p < m_end && *m_p != '"') {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '\\' || c < 0x20)
                return false;
            ascii = ascii && c < 0x80;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        return ascii || isValidUtf8(*out);
    }

    bool string(QString *out)
    {
        skipSpace();
        const char *save = m_p;
        QByteArrayView raw;
        if (rawString(&raw)) {
            *out = QString::fromUtf8(raw);
            return true;
        }
        m_p = save;
        if (!expect('"'))
            return false;
        QByteArray utf8;
        while (m_p < m_end && *m_p != '"') {
            const char c = *m_p++;
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                utf8 += c;
                continue;
            }
            if (m_p == m_end)
                return false;
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                utf8 += e;
                break;
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'n':
                utf8 += '\n';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 't':
                utf8 += '\t';
                break;
            case 'u': {
                char32_t code = 0;
                if (!hex4(&code))
                    return false;
                if (code >= 0xD800 && code <= 0xDBFF) {
                    char32_t low = 0;
                    if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                        return false;
                    m_p += 2;
                    if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xDC00 && code <= 0xDFFF) {
                    return false;
                }
                utf8 += QString::fromUcs4(&code, 1).toUtf8();
                break;
            }
            default:
                return false;
            }
        }
        if (m_p == m_end || !isValidUtf8(utf8))
            return false;
        ++m_p;
        *out = QString::fromUtf8(utf8);
        return true;
    }

    bool hex4(char32_t *code)
    {
        if (m_end - m_p < 4)
            return false;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            int digit = 0;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            else
                return false;
            *code = *code * 16 + char32_t(digit);
        }
        return true;
    }

    // Skips one value of a member this reader does not use.
    bool skipValue(int depth)
    {
        if (depth > kMaxDepth)
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        const char c = *m_p;
        if (c == '"') {
            QString ignored;
            return string(&ignored);
        }
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_p;
            if (peek(close))
                return expect(close);
            do {
                if (c == '{') {
                    QString key;
                    if (!string(&key) || !expect(':'))
                        return false;
                }
                if (!skipValue(depth + 1))
                    return false;
            } while (next());
            return expect(close);
        }
        for (const char *word : {"true", "false", "null"}) {
            const size_t length = std::strlen(word);
            if (size_t(m_end - m_p) >= length && std::memcmp(m_p, word, length) == 0) {
                m_p += length;
                return true;
            }
        }
        const char *start = m_p;
        if (!number())
            return false;
        bool ok = false;  // QJsonDocument refuses what overflows a double
        (void)QByteArrayView(start, m_p - start).toDouble(&ok);
        return ok;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool expect(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }

    // After a member or an element: true when a comma announces another.
    bool next()
    {
        skipSpace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            return true;
        }
        return false;
    }

    const char *m_p;
    const char *m_end;
};

}  // namespace

std::optional<PromQueryResult> PromQueryReader::read(QByteArrayView body)
{
    PromQueryResult result;
    Reader reader(body);
    if (!reader.document(&result))
        return std::nullopt;
    return result;
}

}  // namespace pc
