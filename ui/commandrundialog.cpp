#include "commandrundialog.h"

#include "document.h"

#include "edit/profileeditor.h"
#include "seccomp/syscallresolver.h"
#include "trace/commandline.h"
#include "trace/recordedprofile.h"
#include "trace/tracingfilter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSocketNotifier>
#include <QSplitter>
#include <QStringDecoder>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

namespace Sysfence {

namespace {
enum Column { NameColumn, ActionColumn, CountColumn, FirstCallColumn };

QString currentUser()
{
    const passwd *entry = ::getpwuid(::getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(::getuid());
}
} // namespace

CommandRunDialog::CommandRunDialog(Mode mode, Document *document, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_document(document)
    , m_command(new QLineEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_apply(new QPushButton(this))
    , m_output(new QPlainTextEdit(this))
    , m_calls(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(mode == Mode::Try ? QStringLiteral("tryCommandDialog") : QStringLiteral("recordCommandDialog"));
    setWindowTitle(mode == Mode::Try ? tr("Try It") : tr("Record from Command"));
    m_command->setObjectName(QStringLiteral("commandLine"));
    m_run->setObjectName(QStringLiteral("runButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_output->setObjectName(QStringLiteral("commandOutput"));
    m_calls->setObjectName(QStringLiteral("commandCalls"));
    m_status->setObjectName(QStringLiteral("commandStatus"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(mode == Mode::Try
                       ? tr("Runs the command as %1, with no_new_privs, under the filter this profile gives the "
                            "current target. Every syscall the filter does not allow is answered as the profile "
                            "says and listed below; select one and press Allow to allow it.")
                             .arg(currentUser())
                       : tr("Runs the command as %1 and lists every syscall it and its children make. Merge adds "
                            "the ones the profile does not allow yet, as one step you can undo.")
                             .arg(currentUser()));
    m_command->setPlaceholderText(tr("Command, e.g. /bin/sh -c 'ls / > /dev/null'"));
    m_command->setClearButtonEnabled(true);
    m_run->setDefault(true);
    m_apply->setText(mode == Mode::Try ? tr("&Allow Selected") : tr("&Merge into Profile"));

    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_output->setFont(mono);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_output->setPlaceholderText(tr("The command's output appears here."));

    m_calls->setRootIsDecorated(false);
    m_calls->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_calls->setAlternatingRowColors(true);
    m_calls->setHeaderLabels({tr("Syscall"), mode == Mode::Try ? tr("Action") : tr("In the profile now"),
                              tr("Calls"), tr("First call")});
    m_calls->header()->setSectionResizeMode(FirstCallColumn, QHeaderView::Stretch);
    m_calls->setSortingEnabled(true);
    m_calls->sortByColumn(NameColumn, Qt::AscendingOrder);

    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(new QLabel(tr("Command:"), this));
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_run);
    commandRow->addWidget(m_stop);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_output);
    auto *callsBox = new QWidget(splitter);
    auto *callsLayout = new QVBoxLayout(callsBox);
    callsLayout->setContentsMargins(0, 0, 0, 0);
    callsLayout->addWidget(new QLabel(mode == Mode::Try ? tr("Denied and logged syscalls:") : tr("Syscalls used:"),
                                      callsBox));
    callsLayout->addWidget(m_calls);
    splitter->addWidget(callsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(commandRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 620);

    connect(m_run, &QPushButton::clicked, this, &CommandRunDialog::start);
    connect(m_command, &QLineEdit::returnPressed, this, &CommandRunDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &CommandRunDialog::stop);
    connect(m_apply, &QPushButton::clicked, this, &CommandRunDialog::applyToProfile);
    connect(m_calls, &QTreeWidget::itemSelectionChanged, this, &CommandRunDialog::updateButtons);
    connect(m_command, &QLineEdit::textChanged, this, &CommandRunDialog::updateButtons);
    connect(m_calls, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_mode == Mode::Try) {
            applyToProfile();
        }
    });
    if (const QString why = CommandTracer::unsupportedReason(); !why.isEmpty()) {
        m_status->setText(why);
        m_command->setEnabled(false);
    }
    updateButtons();
}

CommandRunDialog::~CommandRunDialog()
{
    if (m_thread) {
        m_tracer->stop();
        m_thread->wait();
        delete m_thread;
    }
    if (m_outputFd >= 0) {
        ::close(m_outputFd);
    }
}

void CommandRunDialog::setCommand(const QString &command)
{
    m_command->setText(command);
}

void CommandRunDialog::updateButtons()
{
    const bool running = isRunning();
    const bool usable = CommandTracer::unsupportedReason().isEmpty();
    const std::optional<QStringList> words = CommandLine::split(m_command->text());
    m_run->setEnabled(usable && !running && words && !words->isEmpty());
    m_stop->setEnabled(running);
    m_command->setReadOnly(running);
    if (m_mode == Mode::Try) {
        m_apply->setEnabled(!m_calls->selectedItems().isEmpty());
    } else {
        m_apply->setEnabled(!running && m_hasReport && m_report.started && !m_report.calls.isEmpty());
    }
}

void CommandRunDialog::start()
{
    if (isRunning()) {
        return;
    }
    const std::optional<QStringList> words = CommandLine::split(m_command->text());
    if (!words) {
        m_status->setText(tr("A quote is not closed."));
        return;
    }
    const QStringList command = *words;
    if (command.isEmpty()) {
        return;
    }
    TracingFilter filter;
    if (m_mode == Mode::Try) {
        const Target &target = m_document->target();
        if (m_document->effective().seccompDisabled) {
            m_status->setText(tr("The target is --privileged: Docker loads no filter, so there is nothing to try."));
            return;
        }
        if (target.architecture != SyscallResolver::nativeArchitecture()) {
            m_status->setText(tr("The target is %1 but this machine is %2; set the target's architecture to %2 "
                                 "to try commands here.")
                                  .arg(target.architecture, SyscallResolver::nativeArchitecture()));
            return;
        }
        filter = TracingFilter::forProfile(m_document->effective(), target.architecture);
    } else {
        filter = TracingFilter::forRecording(TracingFilter::nativeArchitectures());
    }
    if (!filter.ok()) {
        m_status->setText(tr("The filter cannot be built: %1").arg(filter.compiled.errors.join(QLatin1Char(' '))));
        return;
    }
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        m_status->setText(tr("Cannot create a pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    m_outputFd = fds[0];
    const int writeFd = fds[1];
    m_outputNotifier = new QSocketNotifier(m_outputFd, QSocketNotifier::Read, this);
    connect(m_outputNotifier, &QSocketNotifier::activated, this, &CommandRunDialog::readOutput);

    CommandTracer::Options options;
    options.program = command.constFirst();
    options.arguments = command.mid(1);
    options.bpf = filter.compiled.bpf;
    options.filterFlags = filter.flags;
    options.verdicts = filter.verdicts;
    options.stdoutFd = writeFd;
    options.stderrFd = writeFd;
    options.nullStdin = true;
    options.newProcessGroup = true;

    m_output->clear();
    m_decoder = QStringDecoder(QStringDecoder::System);
    m_calls->clear();
    m_hasReport = false;
    m_report = {};
    m_status->setText(tr("Running %1…").arg(command.constFirst()));
    m_tracer = std::make_unique<CommandTracer>();
    CommandTracer *tracer = m_tracer.get();
    // ptrace answers only the thread that started the command, so the
    // whole run happens on one worker thread; results come back queued.
    m_thread = QThread::create([this, tracer, options, writeFd] {
        const CommandTracer::Report report = tracer->run(options, [this](const CommandTracer::Call &call) {
            QMetaObject::invokeMethod(this, [this, call] { callSeen(call); }, Qt::QueuedConnection);
        });
        ::close(writeFd);
        QMetaObject::invokeMethod(this, [this, report] { runFinished(report); }, Qt::QueuedConnection);
    });
    m_thread->start();
    updateButtons();
}

void CommandRunDialog::stop()
{
    if (m_tracer) {
        m_tracer->stop();
    }
}

void CommandRunDialog::callSeen(const CommandTracer::Call &call)
{
    if (m_mode == Mode::Try && !(call.verdict && call.verdict->action != Action::Allow)) {
        return;
    }
    auto *item = new QTreeWidgetItem(m_calls);
    item->setText(NameColumn, call.displayName());
    item->setData(NameColumn, Qt::UserRole, call.name);
    item->setText(FirstCallColumn, call.firstCallText());
    if (m_mode == Mode::Try) {
        item->setText(ActionColumn, call.actionText());
    } else {
        const SyscallVerdict verdict = m_document->verdicts().contains(call.name)
            ? m_document->verdicts().value(call.name)
            : SyscallVerdict::compute(m_document->effective(), {call.name}).value(call.name);
        item->setText(ActionColumn, verdict.summary());
    }
    item->setData(CountColumn, Qt::DisplayRole, call.count);
}

void CommandRunDialog::runFinished(const CommandTracer::Report &report)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_tracer.reset();
    readOutput(); // what is left in the pipe; its write end is closed now
    m_report = report;
    m_hasReport = true;
    // The counts are final now; rebuild the list from the report.
    m_calls->clear();
    for (const CommandTracer::Call &call : report.calls) {
        callSeen(call);
    }
    for (int column = NameColumn; column < FirstCallColumn; ++column) {
        m_calls->resizeColumnToContents(column);
    }
    m_status->setText(statusText());
    updateButtons();
    emit finished();
}

void CommandRunDialog::readOutput()
{
    if (m_outputFd < 0) {
        return;
    }
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(m_outputFd, buffer, sizeof buffer);
        if (n > 0) {
            m_output->moveCursor(QTextCursor::End);
            m_output->insertPlainText(m_decoder.decode(QByteArrayView(buffer, n)));
            continue;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n == 0) { // every writer has gone
            delete m_outputNotifier;
            m_outputNotifier = nullptr;
            ::close(m_outputFd);
            m_outputFd = -1;
        }
        break;
    }
    m_output->ensureCursorVisible();
}

QString CommandRunDialog::statusText() const
{
    if (!m_report.started) {
        return m_report.error;
    }
    QString ending;
    if (m_report.killedBySeccomp) {
        ending = tr("Killed by the filter (SIGSYS) on %1.").arg(m_report.killedOn);
    } else if (m_report.signal != 0) {
        ending = tr("Ended by signal %1.").arg(m_report.signal);
    } else {
        ending = tr("Exit status %1.").arg(m_report.exitCode);
    }
    const QString counts =
        m_mode == Mode::Try
            ? tr("%n syscall(s) denied", nullptr, static_cast<int>(m_report.denied().size()))
            : tr("%n syscall(s) used", nullptr, static_cast<int>(RecordedProfile::syscallNames(m_report).size()));
    return tr("%1 %2, %3 process(es) and thread(s).").arg(ending, counts).arg(m_report.processes);
}

void CommandRunDialog::applyToProfile()
{
    if (m_mode == Mode::Try) {
        QStringList names;
        for (QTreeWidgetItem *item : m_calls->selectedItems()) {
            const QString name = item->data(NameColumn, Qt::UserRole).toString();
            if (!name.isEmpty() && !names.contains(name)) {
                names.append(name);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        m_document->apply(ProfileEditor::setSyscallsAction(m_document->profile(), names, Action::Allow));
        for (QTreeWidgetItem *item : m_calls->selectedItems()) {
            item->setText(ActionColumn, tr("allowed now; run again"));
            item->setSelected(false);
        }
        return;
    }
    if (!m_hasReport) {
        return;
    }
    const ProfileEdit edit = RecordedProfile::mergeInto(m_document->profile(), m_report, m_document->target());
    if (edit.isNoOp()) {
        m_status->setText(tr("The profile already allows every syscall the command used."));
        return;
    }
    m_document->apply(edit);
    m_status->setText(edit.notice.isEmpty() ? edit.description : edit.description + QStringLiteral(". ") + edit.notice);
}

} // namespace Sysfence
