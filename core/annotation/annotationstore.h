#pragma once

#include "annotation.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace pc {

/// The app's annotations, kept in a JSON Lines file in the data directory so that they survive
/// restarts: one annotation a line, appended as they come; a line whose id was seen before
/// replaces it (a run's span once the run ends).
///
/// Bounded, as documented here and nowhere else: it keeps at most `Limits::maxCount`
/// annotations and none that ended more than `Limits::maxAge` ago; past either bound the oldest
/// go, and the file is rewritten without them. Nothing else is ever dropped: a file with a line
/// that does not read (damaged, or written by something else) is renamed to
/// `<file>.corrupt-<time>`, the lines that read are kept in a fresh file, and problem() says so.
///
/// Owns nothing but its list; GUI thread (or any one thread).
class AnnotationStore : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxCount = 10'000;
        std::chrono::hours maxAge{24 * 90};
    };
    /// Milliseconds since the epoch; tests pass a clock of their own.
    using Clock = std::function<qint64()>;

    explicit AnnotationStore(const QString &path, QObject *parent = nullptr);
    AnnotationStore(const QString &path, Limits limits, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QString path() const { return m_path; }
    Limits limits() const { return m_limits; }

    /// Reads the file (a missing one is an empty store). Returns problem().
    QString load();
    /// Adds `annotation`, or replaces the one with its id; an empty id gets a fresh one.
    /// Appends it to the file at once. Returns the id.
    QString put(Annotation annotation);
    /// Every annotation, oldest start first.
    const QList<Annotation> &annotations() const { return m_annotations; }
    /// Those that show in [fromMs, toMs]: a marker inside, or a span that overlaps it.
    QList<Annotation> between(qint64 fromMs, qint64 toMs) const;

    /// The last problem with the file as one sentence (unreadable lines set aside, a file that
    /// cannot be written), or empty.
    QString problem() const { return m_problem; }
    /// Where load() put a damaged file, or empty.
    QString setAsideTo() const { return m_setAsideTo; }

signals:
    /// The list changed: charts draw it again.
    void changed();
    /// A sentence for the status area, as problem().
    void failed(const QString &problem);

private:
    void report(const QString &problem);
    /// Drops what is past the bounds; true if anything was.
    bool enforceBounds();
    /// Writes the whole list anew; false with problem() set when it cannot.
    bool rewrite();
    bool append(const Annotation &annotation);
    QString nextId();

    QString m_path;
    Limits m_limits;
    Clock m_clock;
    QList<Annotation> m_annotations;
    int m_lines = 0;  // lines in the file: rewritten when replaced ones make it twice the list
    QString m_problem;
    QString m_setAsideTo;
    quint64 m_counter = 0;
};

}  // namespace pc
