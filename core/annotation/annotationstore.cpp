#include "annotationstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace pc {
namespace {

struct ReadLines
{
    QList<Annotation> annotations;  // in file order, replaced ones already replaced
    int lines = 0;
    int unreadable = 0;
    int firstUnreadableLine = 0;
    QString why;
};

void putInto(QList<Annotation> &list, Annotation annotation)
{
    const auto same = std::find_if(list.begin(), list.end(),
                                   [&](const Annotation &a) { return a.id == annotation.id; });
    if (same != list.end())
        *same = std::move(annotation);
    else
        list.append(std::move(annotation));
}

ReadLines readLines(const QByteArray &bytes)
{
    ReadLines read;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        ++read.lines;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QString why = error.error == QJsonParseError::NoError ? QString() : error.errorString();
        std::optional<Annotation> annotation;
        if (why.isEmpty())
            annotation = Annotation::fromJson(document.object(), &why);
        if (!annotation) {
            if (read.unreadable++ == 0) {
                read.firstUnreadableLine = int(i + 1);
                read.why = why;
            }
            continue;
        }
        putInto(read.annotations, std::move(*annotation));
    }
    return read;
}

void sortByStart(QList<Annotation> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const Annotation &a, const Annotation &b) {
        return a.startMs < b.startMs;
    });
}

}  // namespace

AnnotationStore::AnnotationStore(const QString &path, QObject *parent)
    : AnnotationStore(path, Limits{}, parent)
{
}

AnnotationStore::AnnotationStore(const QString &path, Limits limits, QObject *parent)
    : QObject(parent),
      m_path(path),
      m_limits(limits),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

QString AnnotationStore::load()
{
    m_annotations.clear();
    m_lines = 0;
    m_problem.clear();
    m_setAsideTo.clear();
    QFile file(m_path);
    if (!file.exists()) {
        emit changed();
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report(tr("Cannot read the annotations in %1: %2").arg(m_path, file.errorString()));
        return m_problem;
    }
    ReadLines read = readLines(file.readAll());
    file.close();
    m_annotations = std::move(read.annotations);
    m_lines = read.lines;
    sortByStart(m_annotations);
    if (read.unreadable > 0) {
        // Kept as it was for whoever wants to look: the readable lines go on in a fresh file.
        const QString aside =
            m_path + QStringLiteral(".corrupt-")
            + QDateTime::fromMSecsSinceEpoch(m_clock()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(m_path, aside)) {
            report(tr("The annotations file %1 has unreadable lines and cannot be set aside; it "
                      "is left as it is and nothing new is written to it.")
                       .arg(m_path));
            m_path.clear();
            emit changed();
            return m_problem;
        }
        m_setAsideTo = aside;
        rewrite();
        //: %1 a file, %2 a line number, %3 why it does not read, %4 the file set aside
        report(tr("The annotations file %1 could not be read from line %2 (%3): it was set aside "
                  "as %4, and the %n readable annotations were kept.",
                  nullptr, int(m_annotations.size()))
                   .arg(m_path)
                   .arg(read.firstUnreadableLine)
                   .arg(read.why, aside));
    } else if (enforceBounds() || m_lines > 2 * m_annotations.size() + 16) {
        rewrite();
    }
    emit changed();
    return m_problem;
}

QString AnnotationStore::put(Annotation annotation)
{
    if (annotation.id.isEmpty())
        annotation.id = nextId();
    QString id = annotation.id;
    putInto(m_annotations, annotation);
    sortByStart(m_annotations);
    if (enforceBounds() || m_lines >= 2 * m_annotations.size() + 16)
        rewrite();
    else
        append(annotation);
    emit changed();
    return id;
}

QList<Annotation> AnnotationStore::between(qint64 fromMs, qint64 toMs) const
{
    QList<Annotation> shown;
    for (const Annotation &a : m_annotations) {
        if (a.startMs <= toMs && a.lastMs() >= fromMs)
            shown.append(a);
    }
    return shown;
}

bool AnnotationStore::enforceBounds()
{
    const qint64 oldest = m_clock() - qint64(m_limits.maxAge.count()) * 3'600'000;
    const qsizetype before = m_annotations.size();
    m_annotations.removeIf([oldest](const Annotation &a) { return a.lastMs() < oldest; });
    // Sorted by start: the first are the oldest.
    const qsizetype excess = m_annotations.size() - qsizetype(std::max(0, m_limits.maxCount));
    if (excess > 0)
        m_annotations.remove(0, excess);
    return m_annotations.size() != before;
}

bool AnnotationStore::rewrite()
{
    if (m_path.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(m_path).path());
    QSaveFile file(m_path);
    QByteArray bytes;
    for (const Annotation &a : std::as_const(m_annotations))
        bytes += QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        report(tr("Cannot write the annotations to %1: %2").arg(m_path, file.errorString()));
        return false;
    }
    m_lines = int(m_annotations.size());
    return true;
}

bool AnnotationStore::append(const Annotation &annotation)
{
    if (m_path.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(m_path).path());
    QFile file(m_path);
    const QByteArray line =
        QJsonDocument(annotation.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size()) {
        report(tr("Cannot write the annotations to %1: %2").arg(m_path, file.errorString()));
        return false;
    }
    ++m_lines;
    return true;
}

QString AnnotationStore::nextId()
{
    // The time, then a counter: unique across restarts, and checked against the list for two
    // stores started in the same millisecond.
    for (;;) {
        QString id = QString::number(m_clock(), 36) + u'-' + QString::number(++m_counter, 36);
        if (std::none_of(m_annotations.cbegin(), m_annotations.cend(),
                         [&id](const Annotation &a) { return a.id == id; }))
            return id;
    }
}

void AnnotationStore::report(const QString &problem)
{
    m_problem = problem;
    emit failed(problem);
}

}  // namespace pc
