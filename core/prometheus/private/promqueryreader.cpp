#include "promqueryreader.h"

#include <simdjson.h>

#include <QString>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace pc {

namespace {

namespace od = simdjson::ondemand;

// QJsonDocument gives up deeper than this; so does this reader, and the general parser then
// explains.
constexpr int kMaxDepth = 64;
// Up to this many digits of seconds, seconds * 1000 + milliseconds is below 2^50, where
// qRound64(seconds * 1000.0), as the general parser computes it, is exact too.
constexpr int kMaxExactSecondDigits = 12;
// Beyond this, milliseconds do not fit a qint64; both parsers refuse such times.
constexpr double kMaxAbsMilliseconds = 9e18;

// RFC 3629 UTF-8, as QJsonDocument demands it. simdjson validates the document, but unescapes
// a lone `\ud83d` into bytes that are not UTF-8: this catches those.
bool isValidUtf8(std::string_view text)
{
    return simdjson::validate_utf8(text.data(), text.size());
}

bool toString(od::value value, QString *out)
{
    std::string_view text;
    if (value.get_string().get(text) || !isValidUtf8(text))
        return false;
    *out = QString::fromUtf8(text.data(), qsizetype(text.size()));
    return true;
}

// For a member that may appear once: false the second time.
bool once(bool *seen)
{
    if (*seen)
        return false;
    *seen = true;
    return true;
}

// RFC 8259's number grammar: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view text)
{
    size_t i = 0;
    const auto digits = [&] {
        const size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < text.size() && text[i] == '-')
        ++i;
    if (i < text.size() && text[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == text.size();
}

std::string_view numberToken(od::value value)
{
    std::string_view token = value.raw_json_token();
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
               || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

// A number as QJsonDocument reads it: simdjson takes `1e-6000` as 0, Qt refuses it.
std::optional<double> numberAsQtReadsIt(od::value value)
{
    const std::string_view token = numberToken(value);
    bool ok = false;
    const double number = QByteArrayView(token.data(), qsizetype(token.size())).toDouble(&ok);
    if (!isJsonNumber(token) || !ok)
        return std::nullopt;
    return number;
}

/// Walks a value this reader does not use, so that it is checked as QJsonDocument checks it:
/// strings and their escapes, numbers that fit a double, and depth.
bool validate(od::value value, int depth)
{
    if (depth > kMaxDepth)
        return false;
    od::json_type type;
    if (value.type().get(type))
        return false;
    switch (type) {
    case od::json_type::object: {
        od::object object;
        if (value.get_object().get(object))
            return false;
        for (auto field : object) {
            std::string_view key;
            od::value member;
            if (field.unescaped_key().get(key) || !isValidUtf8(key) || field.value().get(member)
                || !validate(member, depth + 1))
                return false;
        }
        return true;
    }
    case od::json_type::array: {
        od::array array;
        if (value.get_array().get(array))
            return false;
        for (auto element : array) {
            od::value item;
            if (element.get(item) || !validate(item, depth + 1))
                return false;
        }
        return true;
    }
    case od::json_type::string: {
        QString ignored;
        return toString(value, &ignored);
    }
    case od::json_type::number:
        return numberAsQtReadsIt(value).has_value();
    case od::json_type::boolean: {
        bool ignored = false;
        return !value.get_bool().get(ignored);
    }
    case od::json_type::null: {
        bool null = false;
        return !value.is_null().get(null) && null;
    }
    }
    return false;
}

bool sampleValue(std::string_view text, double *value)
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
    // Empty, or with spaces that Qt's number readers treat differently ("  " is 0 to
    // QByteArrayView, nothing to QStringView): the reference reader decides.
    if (text.empty() || std::any_of(text.begin(), text.end(), [](char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        }))
        return false;
    // Plain decimals, nearly every value, through std::from_chars: correctly rounded like
    // Qt's toDouble, several times faster. Anything else the way the general parser reads it.
    if (isJsonNumber(text)) {
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
        if (error == std::errc() && end == text.data() + text.size())
            return true;
    }
    bool ok = false;
    *value = QByteArrayView(text.data(), qsizetype(text.size())).toDouble(&ok);
    return ok;
}

// Seconds with up to three decimals, read exactly into milliseconds in one pass over the
// number's own text. Returns false when the text is something else: an exponent, more
// decimals or more digits, or not a JSON number at all.
bool exactMilliseconds(std::string_view text, qint64 *ms)
{
    size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    i += negative;
    const size_t first = i;
    qint64 value = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        // Past the digits that fit exactly the text is refused below: stop adding them up.
        if (i - first < size_t(kMaxExactSecondDigits))
            value = value * 10 + (text[i] - '0');
        ++i;
    }
    const size_t secondDigits = i - first;
    if (secondDigits == 0 || secondDigits > size_t(kMaxExactSecondDigits)
        || (secondDigits > 1 && text[first] == '0'))
        return false;
    size_t decimals = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && decimals < 4) {
            value = value * 10 + (text[i++] - '0');
            ++decimals;
        }
        if (decimals == 0 || decimals > 3)
            return false;
    }
    if (i != text.size())
        return false;
    for (size_t d = decimals; d < 3; ++d)
        value *= 10;
    *ms = negative ? -value : value;
    return true;
}

// A sample's time. The plain form (nearly always) exactly; anything fancier through a double,
// as the general parser reads it.
bool timestamp(od::value value, qint64 *ms)
{
    od::json_type type;
    if (value.type().get(type) || type != od::json_type::number)
        return false;
    std::string_view token = value.raw_json_token();
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
               || token.back() == '\t'))
        token.remove_suffix(1);
    if (exactMilliseconds(token, ms))
        return true;
    const std::optional<double> seconds = numberAsQtReadsIt(value);
    if (!seconds)
        return false;
    const double milliseconds = *seconds * 1000.0;
    if (!(std::fabs(milliseconds) < kMaxAbsMilliseconds))
        return false;
    *ms = qRound64(milliseconds);
    return true;
}

/// `[<time>, <second>]`: the time into `ms`, the second element to `second`.
template <typename Second>
bool timePair(od::value value, qint64 *ms, Second second)
{
    od::array pair;
    if (value.get_array().get(pair))
        return false;
    int index = 0;
    for (auto element : pair) {
        od::value item;
        if (element.get(item) || index > 1)
            return false;
        if (index == 0 ? !timestamp(item, ms) : !second(item))
            return false;
        ++index;
    }
    return index == 2;
}

/// `[<time>, "<value>"]`
bool sample(od::value value, PromSample *out)
{
    return timePair(value, &out->timestampMs, [out](od::value item) {
        std::string_view text;
        return !item.get_string().get(text) && sampleValue(text, &out->value);
    });
}

bool sampleList(od::value value, QList<PromSample> *samples)
{
    od::array array;
    if (value.get_array().get(array))
        return false;
    // Counting walks the array once: a malformed one fails here, and must not be read on.
    size_t count = 0;
    if (array.count_elements().get(count))
        return false;
    samples->reserve(qsizetype(std::min<size_t>(count, 1 << 20)));
    for (auto element : array) {
        od::value item;
        PromSample point;
        if (element.get(item) || !sample(item, &point))
            return false;
        samples->append(point);
    }
    return true;
}

bool stringList(od::value value, QStringList *out)
{
    od::array array;
    if (value.get_array().get(array))
        return false;
    for (auto element : array) {
        od::value item;
        QString text;
        if (element.get(item) || !toString(item, &text))
            return false;
        out->append(text);
    }
    return true;
}

bool labels(od::value value, QMap<QString, QString> *labels)
{
    od::object object;
    if (value.get_object().get(object))
        return false;
    for (auto field : object) {
        std::string_view key;
        od::value member;
        QString text;
        if (field.unescaped_key().get(key) || !isValidUtf8(key) || field.value().get(member)
            || !toString(member, &text))
            return false;
        const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
        // A label given twice: QJsonDocument keeps one of them; leave it to explain.
        if (labels->contains(name))
            return false;
        labels->insert(name, text);
    }
    return true;
}

bool oneSeries(od::value value, bool matrix, PromSeries *series)
{
    od::object object;
    if (value.get_object().get(object))
        return false;
    bool haveLabels = false;
    bool haveSamples = false;
    bool haveHistograms = false;
    for (auto field : object) {
        std::string_view key;
        od::value member;
        if (field.unescaped_key().get(key) || field.value().get(member))
            return false;
        if (key == "metric") {
            if (!once(&haveLabels) || !labels(member, &series->labels))
                return false;
        } else if (matrix && key == "values") {
            if (!once(&haveSamples) || !sampleList(member, &series->samples))
                return false;
        } else if (!matrix && key == "value") {
            PromSample one;
            if (!once(&haveSamples) || !sample(member, &one))
                return false;
            series->samples.append(one);
        } else if (key == (matrix ? "histograms" : "histogram")) {
            // Native histograms have no float value to plot.
            if (!once(&haveHistograms) || !validate(member, 3))
                return false;
        } else if (!validate(member, 3)) {
            return false;
        }
    }
    return haveSamples || haveHistograms;
}

bool result(od::value value, std::string_view type, PromQueryResult *out)
{
    if (type == "matrix" || type == "vector") {
        const bool matrix = type == "matrix";
        out->type = matrix ? PromQueryResult::Type::Matrix : PromQueryResult::Type::Vector;
        od::array array;
        if (value.get_array().get(array))
            return false;
        for (auto element : array) {
            od::value item;
            PromSeries series;
            if (element.get(item) || !oneSeries(item, matrix, &series))
                return false;
            out->series.append(std::move(series));
        }
        return true;
    }
    if (type == "scalar") {
        out->type = PromQueryResult::Type::Scalar;
        return sample(value, &out->scalar);
    }
    if (type == "string") {
        out->type = PromQueryResult::Type::String;
        out->scalar.value = std::numeric_limits<double>::quiet_NaN();
        return timePair(value, &out->scalar.timestampMs,
                        [out](od::value item) { return toString(item, &out->string); });
    }
    return false;
}

bool data(od::value value, PromQueryResult *out)
{
    od::object object;
    if (value.get_object().get(object))
        return false;
    std::string_view type;
    bool haveType = false;
    bool haveResult = false;
    for (auto field : object) {
        std::string_view key;
        od::value member;
        if (field.unescaped_key().get(key) || field.value().get(member))
            return false;
        if (key == "resultType") {
            if (!once(&haveType) || member.get_string().get(type))
                return false;
        } else if (key == "result") {
            // Prometheus writes resultType first; another order goes the general way.
            if (!once(&haveResult) || !haveType || !result(member, type, out))
                return false;
        } else if (!validate(member, 2)) {
            return false;
        }
    }
    return haveResult;
}

bool document(od::document &doc, PromQueryResult *out)
{
    od::object root;
    if (doc.get_object().get(root))
        return false;
    bool success = false;
    bool haveStatus = false;
    bool haveData = false;
    bool haveWarnings = false;
    bool haveInfos = false;
    QStringList infos;  // after the warnings, whatever the order in the document
    for (auto field : root) {
        std::string_view key;
        od::value member;
        if (field.unescaped_key().get(key) || field.value().get(member))
            return false;
        if (key == "status") {
            std::string_view status;
            if (!once(&haveStatus) || member.get_string().get(status))
                return false;
            success = status == "success";
        } else if (key == "data") {
            if (!once(&haveData) || !data(member, out))
                return false;
        } else if (key == "warnings") {
            if (!once(&haveWarnings) || !stringList(member, &out->warnings))
                return false;
        } else if (key == "infos") {
            if (!once(&haveInfos) || !stringList(member, &infos))
                return false;
        } else if (!validate(member, 1)) {
            return false;
        }
    }
    out->warnings += infos;
    return success && haveData;
}

// simdjson 3.0 On-Demand does not look past the root value: anything but white space after it
// makes the document invalid, as it does for QJsonDocument.
bool onlySpaceAfterRoot(od::document &doc, QByteArrayView body)
{
    std::string_view root;
    if (doc.raw_json().get(root))
        return false;
    const char *end = body.data() + body.size();
    for (const char *p = root.data() + root.size(); p < end; ++p) {
        if (*p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
            return false;
    }
    doc.rewind();
    return true;
}

}  // namespace

std::optional<PromQueryResult> PromQueryReader::read(QByteArrayView body)
{
    // One parser per thread keeps its buffers between answers.
    thread_local od::parser parser;
    const simdjson::padded_string json(body.data(), size_t(body.size()));
    od::document doc;
    if (parser.iterate(json).get(doc)
        || !onlySpaceAfterRoot(doc, {json.data(), qsizetype(json.size())}))
        return std::nullopt;
    PromQueryResult result;
    if (!document(doc, &result))
        return std::nullopt;
    return result;
}

}  // namespace pc
