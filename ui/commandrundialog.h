#pragma once

#include "trace/commandtracer.h"

#include <QDialog>
#include <QStringDecoder>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSocketNotifier;
class QThread;
class QTreeWidget;

namespace Sysfence {

class Document;

// Runs a command the user typed, as the user, and shows its output live
// (E7). "Try it" runs it under the filter of the open profile for the
// current target and lists the syscalls the filter denied; one click
// allows one. "Record" runs it under a filter that stops every syscall
// and merges what it used into the profile as one undoable edit.
// Nothing runs until the user presses Run.
class CommandRunDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode : quint8 { Try, Record };

    CommandRunDialog(Mode mode, Document *document, QWidget *parent = nullptr);
    ~CommandRunDialog() override;

    Mode mode() const { return m_mode; }
    void setCommand(const QString &command);
    bool isRunning() const { return m_thread != nullptr; }
    const CommandTracer::Report &lastReport() const { return m_report; }

public slots:
    void start();
    void stop();
    // Try: allows the selected denied syscalls. Record: merges the recording.
    void applyToProfile();

signals:
    void finished();

private:
    void callSeen(const CommandTracer::Call &call);
    void runFinished(const CommandTracer::Report &report);
    void readOutput();
    void updateButtons();
    QString statusText() const;

    Mode m_mode;
    Document *m_document;
    QLineEdit *m_command;
    QPushButton *m_run;
    QPushButton *m_stop;
    QPushButton *m_apply;
    QPlainTextEdit *m_output;
    QTreeWidget *m_calls;
    QLabel *m_status;

    QThread *m_thread = nullptr;
    std::unique_ptr<CommandTracer> m_tracer;
    int m_outputFd = -1; // our end of the command's stdout and stderr
    QSocketNotifier *m_outputNotifier = nullptr;
    CommandTracer::Report m_report;
    bool m_hasReport = false;
    QStringDecoder m_decoder{QStringDecoder::System};
};

} // namespace Sysfence
