<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Sysfence::ArchitecturesDialog</name>
    <message>
        <source>Docker&apos;s architecture map: each native architecture with its 32-bit companions (recommended)</source>
        <translation>Docker 的架构映射：每个原生架构连同其 32 位伙伴架构（推荐）</translation>
    </message>
    <message>
        <source>An explicit list of architectures:</source>
        <translation>明确列出的架构：</translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>A syscall from an architecture the filter does not cover is killed: a 32-bit program in a 64-bit container needs its architecture listed.</source>
        <translation>来自过滤器未覆盖架构的系统调用会被杀死：64 位容器中的 32 位程序需要把它的架构列出来。</translation>
    </message>
</context>
<context>
    <name>Sysfence::BpfEmulator</name>
    <message>
        <source>Not a BPF program of 1 to %1 instructions.</source>
        <translation>不是包含 1 到 %1 条指令的 BPF 程序。</translation>
    </message>
    <message>
        <source>Instruction %1 loads outside seccomp_data.</source>
        <translation>第 %1 条指令读取了 seccomp_data 之外的数据。</translation>
    </message>
    <message>
        <source>Instruction %1 is not allowed in a seccomp filter.</source>
        <translation>第 %1 条指令不允许出现在 seccomp 过滤器中。</translation>
    </message>
    <message>
        <source>Instruction %1 has an unknown ALU operation.</source>
        <translation>第 %1 条指令包含未知的 ALU 运算。</translation>
    </message>
    <message>
        <source>Instruction %1 has an unknown jump.</source>
        <translation>第 %1 条指令包含未知的跳转。</translation>
    </message>
    <message>
        <source>The program runs off its end without returning.</source>
        <translation>程序执行到末尾仍未返回。</translation>
    </message>
</context>
<context>
    <name>Sysfence::CapabilityAnalyzer</name>
    <message>
        <source>--privileged: Docker loads no seccomp filter, so none of this profile applies.</source>
        <translation>--privileged：Docker 不加载任何 seccomp 过滤器，因此此配置完全不起作用。</translation>
    </message>
    <message>
        <source>The container will not start: the runtime needs %1, which the profile denies.</source>
        <translation>容器将无法启动：运行时需要 %1，但此配置拒绝了它。</translation>
    </message>
    <message>
        <source>The default action is %1: this is a denylist, and every syscall it does not name is allowed, including future ones.</source>
        <translation>默认动作为 %1：这是黑名单，所有未列出的系统调用（包括将来新增的）都会被允许。</translation>
    </message>
    <message>
        <source>%1 allowed, but the container lacks %2: the kernel still refuses with EPERM.</source>
        <translation>%1 已被允许，但容器缺少 %2：内核仍会以 EPERM 拒绝。</translation>
    </message>
    <message>
        <source>%1 is granted, but seccomp blocks every syscall it is for (%2): the grant does nothing.</source>
        <translation>已授予 %1，但 seccomp 阻止了它所对应的全部系统调用（%2）：此项授予不起任何作用。</translation>
    </message>
    <message>
        <source>%1 allowed without a check of the namespace flags: the container can create user namespaces (CLONE_NEWUSER).</source>
        <translation>%1 被允许且未检查命名空间标志：容器可以创建用户命名空间（CLONE_NEWUSER）。</translation>
    </message>
    <message>
        <source>clone3 is refused with %1 instead of ENOSYS (38): glibc will not fall back to clone, and threads fail to start.</source>
        <translation>clone3 被以 %1 而非 ENOSYS (38) 拒绝：glibc 不会回退到 clone，线程将无法启动。</translation>
    </message>
</context>
<context>
    <name>Sysfence::CapabilityPanel</name>
    <message>
        <source>--privileged (no seccomp at all)</source>
        <translation>--privileged（完全不使用 seccomp）</translation>
    </message>
    <message>
        <source>Docker Defaults</source>
        <translation>Docker 默认值</translation>
    </message>
    <message>
        <source>The 14 capabilities Docker grants every container</source>
        <translation>Docker 授予每个容器的 14 项能力</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the docker run flags</source>
        <translation>复制 docker run 参数</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>内核：</translation>
    </message>
    <message>
        <source>Capabilities (italic: Docker&apos;s defaults):</source>
        <translation>能力（斜体：Docker 默认值）：</translation>
    </message>
    <message>
        <source>Equivalent docker run flags:</source>
        <translation>等效的 docker run 参数：</translation>
    </message>
</context>
<context>
    <name>Sysfence::CliApplication</name>
    <message>
        <source>Native architecture of the target: amd64, arm64, … (default amd64).</source>
        <translation>目标环境的原生架构：amd64、arm64、…（默认为 amd64）。</translation>
    </message>
    <message>
        <source>Kernel version of the target host, X.Y (default 6.8).</source>
        <translation>目标主机的内核版本，格式为 X.Y（默认为 6.8）。</translation>
    </message>
    <message>
        <source>Capabilities of the container: default, none or all, then +CAP/-CAP changes, e.g. default,+SYS_ADMIN,-NET_RAW.</source>
        <translation>容器的能力：default、none 或 all，后接 +CAP/-CAP 修改，例如 default,+SYS_ADMIN,-NET_RAW。</translation>
    </message>
    <message>
        <source>The container runs with --privileged (no seccomp).</source>
        <translation>容器以 --privileged 运行（无 seccomp）。</translation>
    </message>
    <message>
        <source>Validate, format and inspect Docker seccomp profiles.</source>
        <translation>验证、格式化和检查 Docker seccomp 配置文件。</translation>
    </message>
    <message>
        <source>unknown command “%1”.
%2</source>
        <translation>未知命令“%1”。
%2</translation>
    </message>
    <message>
        <source>unknown command “%1” — did you mean “%2”?</source>
        <translation>未知命令“%1”——您是指“%2”吗？</translation>
    </message>
    <message>
        <source>Check seccomp profiles and how they interact with the target&apos;s capabilities. Exit status: 0 when nothing reaches --fail-on, 1 otherwise, 2 for usage or I/O problems.</source>
        <translation>检查 seccomp 配置文件及其与目标环境能力的相互作用。退出状态：没有任何检查结果达到 --fail-on 级别时为 0，否则为 1，用法或 I/O 问题为 2。</translation>
    </message>
    <message>
        <source>Check seccomp profiles. Exit status: 0 without errors, 1 with errors, 2 for usage or I/O problems.</source>
        <translation>检查 seccomp 配置文件。退出状态：无错误时为 0，有错误时为 1，用法或 I/O 问题为 2。</translation>
    </message>
    <message>
        <source>Output format: text, json or sarif.</source>
        <translation>输出格式：text、json 或 sarif。</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>输出格式：text 或 json。</translation>
    </message>
    <message>
        <source>Exit 1 for findings of this severity or worse: error or warning.</source>
        <translation>存在此严重程度或更严重的检查结果时以 1 退出：error 或 warning。</translation>
    </message>
    <message>
        <source>Profiles to check.</source>
        <translation>要检查的配置文件。</translation>
    </message>
    <message>
        <source>unknown format “%1”; use text, json or sarif.</source>
        <translation>未知格式“%1”；请使用 text、json 或 sarif。</translation>
    </message>
    <message>
        <source>unknown format “%1”; use text or json.</source>
        <translation>未知格式“%1”；请使用 text 或 json。</translation>
    </message>
    <message>
        <source>--fail-on takes error or warning, not “%1”.</source>
        <translation>--fail-on 的取值应为 error 或 warning，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 needs at least one FILE.</source>
        <translation>%1 至少需要一个 FILE。</translation>
    </message>
    <message>
        <source>Rewrite a profile in its own layout (or with --indent), keeping key order and unknown fields. Prints to standard output unless -o is given.</source>
        <translation>按配置文件自身的格式（或按 --indent）重写，保留键的顺序和未知字段。除非指定 -o，否则输出到标准输出。</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of standard output.</source>
        <translation>写入 FILE（原子写入），而不是标准输出。</translation>
    </message>
    <message>
        <source>Write nothing; exit 1 if the file is not formatted.</source>
        <translation>不写入任何内容；若文件未格式化则以 1 退出。</translation>
    </message>
    <message>
        <source>Indent with a tab or N spaces.</source>
        <translation>使用制表符或 N 个空格缩进。</translation>
    </message>
    <message>
        <source>The profile to format.</source>
        <translation>要格式化的配置文件。</translation>
    </message>
    <message>
        <source>fmt needs exactly one FILE.</source>
        <translation>fmt 需要恰好一个 FILE。</translation>
    </message>
    <message>
        <source>--indent takes “tab” or a number of spaces from 1 to 16, not “%1”.</source>
        <translation>--indent 的取值应为“tab”或 1 到 16 之间的空格数，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1: not formatted</source>
        <translation>%1：未格式化</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Print the profile a container gets for a target: includes, excludes and archMap applied as Docker does, rules in their original order.</source>
        <translation>输出容器在目标环境中获得的配置：按 Docker 的方式应用包含条件（includes）、排除条件（excludes）和 archMap，规则保持原有顺序。</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>配置文件。</translation>
    </message>
    <message>
        <source>effective needs exactly one FILE.</source>
        <translation>effective 需要恰好一个 FILE。</translation>
    </message>
    <message>
        <source>--privileged: Docker loads no seccomp filter, so this profile has no effect at all.</source>
        <translation>--privileged：Docker 不加载任何 seccomp 过滤器，因此此配置完全不起作用。</translation>
    </message>
    <message>
        <source>Compile the effective profile with libseccomp %1 as runc does, and report its size.</source>
        <translation>像 runc 一样用 libseccomp %1 编译生效配置，并报告其大小。</translation>
    </message>
    <message>
        <source>linear (default) or tree.</source>
        <translation>linear（默认）或 tree。</translation>
    </message>
    <message>
        <source>Print libseccomp&apos;s pseudo-filter code.</source>
        <translation>输出 libseccomp 的伪过滤器代码。</translation>
    </message>
    <message>
        <source>Write the raw BPF program to FILE.</source>
        <translation>将原始 BPF 程序写入 FILE。</translation>
    </message>
    <message>
        <source>compile needs exactly one FILE.</source>
        <translation>compile 需要恰好一个 FILE。</translation>
    </message>
    <message>
        <source>--optimize takes linear or tree, not “%1”.</source>
        <translation>--optimize 的取值应为 linear 或 tree，而不是“%1”。</translation>
    </message>
    <message>
        <source>--privileged: Docker loads no seccomp filter; there is nothing to compile.</source>
        <translation>--privileged：Docker 不加载任何 seccomp 过滤器；没有可编译的内容。</translation>
    </message>
    <message>
        <source>architectures: %1</source>
        <translation>架构：%1</translation>
    </message>
    <message>
        <source>instructions: %1</source>
        <translation>指令数：%1</translation>
    </message>
    <message>
        <source>instructions (linear): %1, (binary tree): %2; the kernel limit is %3</source>
        <translation>指令数（线性）：%1，（二叉树）：%2；内核上限为 %3</translation>
    </message>
    <message>
        <source>dropped (libseccomp %1 does not know them; runc drops them silently): %2</source>
        <translation>已丢弃（libseccomp %1 不认识它们；runc 会静默丢弃）：%2</translation>
    </message>
    <message>
        <source>not on %1 (no rule there): %2</source>
        <translation>不在 %1 上（该架构下没有规则）：%2</translation>
    </message>
    <message>
        <source>skipped (same as the default action): %1</source>
        <translation>已跳过（与默认动作相同）：%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Print a built-in profile, generated from the catalogue.</source>
        <translation>输出一个内置配置（根据内置目录生成）。</translation>
    </message>
    <message>
        <source>template needs one NAME: %1.</source>
        <translation>template 需要一个 NAME：%1。</translation>
    </message>
    <message>
        <source>unknown template “%1”; choose one of %2.</source>
        <translation>未知模板“%1”；请从 %2 中选择一个。</translation>
    </message>
    <message>
        <source>unknown template “%1” — did you mean “%2”?</source>
        <translation>未知模板“%1”——您是指“%2”吗？</translation>
    </message>
    <message>
        <source>Describe a syscall or a capability.</source>
        <translation>描述系统调用或能力。</translation>
    </message>
    <message>
        <source>A syscall (ptrace) or a capability (CAP_SYS_ADMIN, SYS_ADMIN).</source>
        <translation>系统调用（如 ptrace）或能力（如 CAP_SYS_ADMIN、SYS_ADMIN）。</translation>
    </message>
    <message>
        <source>explain needs one NAME.</source>
        <translation>explain 需要一个 NAME。</translation>
    </message>
    <message>
        <source>Docker grants it to every container by default.</source>
        <translation>Docker 默认授予每个容器此能力。</translation>
    </message>
    <message>
        <source>Docker does not grant it by default; --cap-add %1 does.</source>
        <translation>Docker 默认不授予此能力；使用 --cap-add %1 可授予。</translation>
    </message>
    <message>
        <source>Syscalls the kernel checks it for: %1</source>
        <translation>内核检查此能力的系统调用：%1</translation>
    </message>
    <message>
        <source>“%1” is neither a syscall nor a capability Sysfence knows.</source>
        <translation>“%1”既不是 Sysfence 已知的系统调用，也不是已知的能力。</translation>
    </message>
    <message>
        <source>“%1” is neither a syscall nor a capability Sysfence knows — did you mean “%2”?</source>
        <translation>“%1”既不是 Sysfence 已知的系统调用，也不是已知的能力——您是指“%2”吗？</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>分组：%1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>Why it is risky: %1</source>
        <translation>风险原因：%1</translation>
    </message>
    <message>
        <source>Capability the kernel checks: %1</source>
        <translation>内核检查的能力：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Docker&apos;s default: %1</source>
        <translation>Docker 默认：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>multiplexed</source>
        <translation>多路复用</translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>List the syscalls whose final action differs between two profiles for a target. Exit status 1 when they differ.</source>
        <translation>列出在目标环境下两个配置之间最终动作不同的系统调用。存在差异时退出状态为 1。</translation>
    </message>
    <message>
        <source>The first profile, or template:NAME.</source>
        <translation>第一个配置文件，或 template:NAME。</translation>
    </message>
    <message>
        <source>The second profile, or template:NAME.</source>
        <translation>第二个配置文件，或 template:NAME。</translation>
    </message>
    <message>
        <source>diff needs two profiles.</source>
        <translation>diff 需要两个配置文件。</translation>
    </message>
    <message>
        <source>unknown template “%1”.</source>
        <translation>未知模板“%1”。</translation>
    </message>
    <message>
        <source>default action: %1 → %2</source>
        <translation>默认动作：%1 → %2</translation>
    </message>
    <message>
        <source>No difference for this target.</source>
        <translation>此目标环境下没有差异。</translation>
    </message>
    <message>
        <source>Run one syscall through the BPF program libseccomp builds for the target, as the kernel would, and print the action.</source>
        <translation>像内核一样，让一次系统调用经过 libseccomp 为目标环境构建的 BPF 程序，并打印得到的动作。</translation>
    </message>
    <message>
        <source>Also print the instructions executed.</source>
        <translation>同时打印执行过的指令。</translation>
    </message>
    <message>
        <source>A syscall name or number.</source>
        <translation>系统调用的名称或编号。</translation>
    </message>
    <message>
        <source>Up to six argument values (decimal or 0x…).</source>
        <translation>最多六个参数值（十进制或 0x…）。</translation>
    </message>
    <message>
        <source>test needs FILE, SYSCALL and at most six arguments.</source>
        <translation>test 需要 FILE、SYSCALL 以及最多六个参数。</translation>
    </message>
    <message>
        <source>unknown syscall “%1” — did you mean “%2”?</source>
        <translation>未知的系统调用 “%1”——您是指 “%2” 吗？</translation>
    </message>
    <message>
        <source>“%1” is not a syscall on %2.</source>
        <translation>“%1” 在 %2 上不是系统调用。</translation>
    </message>
    <message>
        <source>argument %1 “%2” is not a number.</source>
        <translation>参数 %1 “%2” 不是数字。</translation>
    </message>
    <message>
        <source>SCMP_ACT_ALLOW (--privileged: no filter is loaded)</source>
        <translation>SCMP_ACT_ALLOW（--privileged：不加载任何过滤器）</translation>
    </message>
    <message>
        <source>Run a command under the filter the profile gives the target, following its children and threads, and report every syscall the filter did not allow (name, action, count, first arguments). The command runs as you, with no_new_privs. Exit status: the command&apos;s, or 125 when the profile cannot be used, 126 when the command cannot run, 127 when it is not found.</source>
        <translation>在配置为目标环境生成的过滤器下运行命令（跟踪其子进程和线程），并报告过滤器未允许的每个系统调用（名称、动作、次数、首次调用的参数）。命令以你的身份运行，并设置 no_new_privs。退出状态：命令自身的退出状态；配置无法使用时为 125，命令无法运行时为 126，找不到命令时为 127。</translation>
    </message>
    <message>
        <source>Also write the report as JSON to FILE.</source>
        <translation>同时把报告以 JSON 格式写入 FILE。</translation>
    </message>
    <message>
        <source>Then the command and its arguments.</source>
        <translation>随后是命令及其参数。</translation>
    </message>
    <message>
        <source>run needs FILE, then -- and the command, e.g. run profile.json -- ls /</source>
        <translation>run 需要 FILE，然后是 -- 和命令，例如 run profile.json -- ls /</translation>
    </message>
    <message>
        <source>sysfence: --privileged loads no filter; nothing to run under.</source>
        <translation>sysfence：--privileged 不加载任何过滤器，无从运行。</translation>
    </message>
    <message>
        <source>sysfence: the target is %1 but this machine is %2; commands run natively.</source>
        <translation>sysfence：目标环境是 %1，但本机是 %2；命令只能在本机架构上运行。</translation>
    </message>
    <message>
        <source>sysfence: no syscall was denied.</source>
        <translation>sysfence：没有系统调用被拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>sysfence: %n syscall(s) denied</source>
        <translation>
            <numerusform>sysfence：%n 个系统调用被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n call(s)):</source>
        <translation>
            <numerusform>（共 %n 次调用）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sysfence: logged: %1 (%n call(s))</source>
        <translation>
            <numerusform>sysfence：已记录日志：%1（%n 次调用）</numerusform>
        </translation>
    </message>
    <message>
        <source>sysfence: the command was killed by the filter (SIGSYS) on %1.</source>
        <translation>sysfence：命令在调用 %1 时被过滤器终止（SIGSYS）。</translation>
    </message>
    <message>
        <source>sysfence: the command ended with signal %1.</source>
        <translation>sysfence：命令因信号 %1 结束。</translation>
    </message>
    <message>
        <source>sysfence: exit status %1.</source>
        <translation>sysfence：退出状态 %1。</translation>
    </message>
    <message>
        <source>Run a command, following its children and threads, and write a profile that allows exactly the syscalls it used: defaultAction SCMP_ACT_ERRNO (errnoRet 1), the architectures seen, one SCMP_ACT_ALLOW rule. With --base, the union with that profile for the target. The command runs as you. Exit status: the command&apos;s, or 125, 126, 127 like run.</source>
        <translation>运行命令（跟踪其子进程和线程），并写出恰好允许其所用系统调用的配置：defaultAction 为 SCMP_ACT_ERRNO（errnoRet 1），包含观察到的架构和一条 SCMP_ACT_ALLOW 规则。使用 --base 时，得到该配置在目标环境下与记录结果的并集。命令以你的身份运行。退出状态：命令自身的退出状态，或与 run 相同的 125、126、127。</translation>
    </message>
    <message>
        <source>Add the recorded syscalls to this profile.</source>
        <translation>把记录到的系统调用加入此配置。</translation>
    </message>
    <message>
        <source>Write the profile to FILE instead of standard output.</source>
        <translation>把配置写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>record needs -- and the command, e.g. record -o ls.json -- ls /</source>
        <translation>record 需要 -- 和命令，例如 record -o ls.json -- ls /</translation>
    </message>
    <message numerus="yes">
        <source>sysfence: %n recorded syscall(s) added to the base profile.</source>
        <translation>
            <numerusform>sysfence：已向基础配置加入 %n 个记录到的系统调用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sysfence: recorded %n syscall(s)</source>
        <translation>
            <numerusform>sysfence：记录到 %n 个系统调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %1 (%n call(s)</source>
        <translation>
            <numerusform>，架构 %1（%n 次调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n process(es) and thread(s)); exit status %1.</source>
        <translation>
            <numerusform>，%n 个进程和线程）；退出状态 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands:
  validate FILE...      Check profiles the way Docker and runc read them.
  lint FILE...          Validate, then report how seccomp and capabilities interact.
  fmt FILE              Rewrite a profile in its own (or a given) layout.
  convert FILE --to F   Convert between Docker JSON, OCI config.json and SeccompProfile YAML.
  effective FILE        The profile a container really gets for a target.
  compile FILE          Build the BPF filter with libseccomp; size, PFC, raw BPF.
  diff A B              Per-syscall differences in final action for a target.
  test FILE SYSCALL     What the compiled filter does with one call (BPF emulator).
  run FILE -- CMD       Run a command under the profile and report what it denied.
  record -- CMD         Run a command and write the allowlist of the syscalls it used.
  template NAME         Print a built-in profile (docker-default, strict, audit, empty).
  explain NAME          Describe a syscall or a capability.

Run “sysfence-cli COMMAND --help” for the options of a command.</source>
        <translation>命令：
  validate FILE...      按 Docker 和 runc 的读取方式检查配置。
  lint FILE...          先校验，再报告 seccomp 与能力之间的相互作用。
  fmt FILE              按配置自身（或指定）的版式重写配置。
  convert FILE --to F   在 Docker JSON、OCI config.json 和 SeccompProfile YAML 之间转换。
  effective FILE        容器在某个目标环境下实际得到的配置。
  compile FILE          用 libseccomp 构建 BPF 过滤器；大小、PFC、原始 BPF。
  diff A B              在某个目标环境下逐个系统调用比较最终动作的差异。
  test FILE SYSCALL     编译后的过滤器如何处理一次调用（BPF 模拟器）。
  run FILE -- CMD       在该配置下运行命令，并报告被拒绝的调用。
  record -- CMD         运行命令，并写出只允许其所用系统调用的白名单。
  template NAME         打印内置配置（docker-default、strict、audit、empty）。
  explain NAME          说明一个系统调用或一种能力。

运行 “sysfence-cli COMMAND --help” 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Convert a profile between Docker JSON, an OCI runtime config.json (linux.seccomp) and a Kubernetes SeccompProfile YAML. The input format is detected from the content. OCI and SeccompProfile have no archMap, includes, excludes or comments: they are resolved for the target, and what was resolved is printed on standard error. Writes to standard output unless -o is given.</source>
        <translation>在 Docker JSON、OCI 运行时 config.json（linux.seccomp）和 Kubernetes SeccompProfile YAML 之间转换配置。输入格式根据内容识别。OCI 和 SeccompProfile 没有 archMap、includes、excludes 和注释：这些会针对目标环境解析，解析了什么会打印到标准错误输出。未指定 -o 时写到标准输出。</translation>
    </message>
    <message>
        <source>Output format: docker, oci or spo.</source>
        <translation>输出格式：docker、oci 或 spo。</translation>
    </message>
    <message>
        <source>metadata.name of the SeccompProfile written by --to spo (default: the input document&apos;s name or the file name).</source>
        <translation>--to spo 写出的 SeccompProfile 的 metadata.name（默认：输入文档的名称或文件名）。</translation>
    </message>
    <message>
        <source>Which SeccompProfile of a YAML file with several to read: its metadata.name or its index from 0.</source>
        <translation>YAML 文件含多个 SeccompProfile 时读取哪一个：其 metadata.name 或从 0 开始的序号。</translation>
    </message>
    <message>
        <source>The profile: Docker JSON, config.json or YAML.</source>
        <translation>配置：Docker JSON、config.json 或 YAML。</translation>
    </message>
    <message>
        <source>convert needs exactly one FILE.</source>
        <translation>convert 需要恰好一个 FILE。</translation>
    </message>
    <message>
        <source>convert needs --to docker, oci or spo.</source>
        <translation>convert 需要 --to docker、oci 或 spo。</translation>
    </message>
    <message>
        <source>--to takes docker, oci or spo, not “%1”.</source>
        <translation>--to 只接受 docker、oci 或 spo，而不是“%1”。</translation>
    </message>
    <message>
        <source>--name “%1” is not a valid Kubernetes name (lowercase letters, digits, “-” and “.”).</source>
        <translation>--name “%1”不是有效的 Kubernetes 名称（小写字母、数字、“-”和“.”）。</translation>
    </message>
    <message>
        <source>%1 has no SeccompProfile “%2”; choose one of:</source>
        <translation>%1 中没有 SeccompProfile“%2”；请从以下选择：</translation>
    </message>
    <message>
        <source>%1 holds %2 SeccompProfiles; choose one with --document NAME|INDEX:</source>
        <translation>%1 含有 %2 个 SeccompProfile；请用 --document NAME|INDEX 选择一个：</translation>
    </message>
    <message>
        <source>baseProfileName “%1” is not included: the operator unions that profile into this one when it installs it; convert it too and merge the two.</source>
        <translation>未包含 baseProfileName“%1”：operator 在安装时会把该配置并入本配置；请同时转换它并合并两者。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>Sysfence::CommandRunDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Try It</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Record from Command</source>
        <translation>从命令记录</translation>
    </message>
    <message>
        <source>Runs the command as %1, with no_new_privs, under the filter this profile gives the current target. Every syscall the filter does not allow is answered as the profile says and listed below; select one and press Allow to allow it.</source>
        <translation>以 %1 的身份、设置 no_new_privs，在本配置为当前目标环境生成的过滤器下运行命令。过滤器不允许的每个系统调用都按配置的规定应答，并列在下方；选中一项后按“允许”即可放行。</translation>
    </message>
    <message>
        <source>Runs the command as %1 and lists every syscall it and its children make. Merge adds the ones the profile does not allow yet, as one step you can undo.</source>
        <translation>以 %1 的身份运行命令，并列出它及其子进程发出的每个系统调用。“合并”会把配置尚未允许的调用加入配置，作为可撤销的一步。</translation>
    </message>
    <message>
        <source>Command, e.g. /bin/sh -c &apos;ls / &gt; /dev/null&apos;</source>
        <translation>命令，例如 /bin/sh -c &apos;ls / &gt; /dev/null&apos;</translation>
    </message>
    <message>
        <source>&amp;Allow Selected</source>
        <translation>允许所选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Merge into Profile</source>
        <translation>合并到配置(&amp;M)</translation>
    </message>
    <message>
        <source>The command&apos;s output appears here.</source>
        <translation>命令的输出显示在这里。</translation>
    </message>
    <message>
        <source>Syscall</source>
        <translation>系统调用</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>In the profile now</source>
        <translation>配置中当前的动作</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>首次调用</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Denied and logged syscalls:</source>
        <translation>被拒绝和被记录日志的系统调用：</translation>
    </message>
    <message>
        <source>Syscalls used:</source>
        <translation>用到的系统调用：</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>有引号未闭合。</translation>
    </message>
    <message>
        <source>The target is --privileged: Docker loads no filter, so there is nothing to try.</source>
        <translation>目标环境为 --privileged：Docker 不加载任何过滤器，因此无可试运行。</translation>
    </message>
    <message>
        <source>The target is %1 but this machine is %2; set the target&apos;s architecture to %2 to try commands here.</source>
        <translation>目标环境是 %1，但本机是 %2；请把目标架构设为 %2 后再在此试运行命令。</translation>
    </message>
    <message>
        <source>The filter cannot be built: %1</source>
        <translation>无法构建过滤器：%1</translation>
    </message>
    <message>
        <source>Cannot create a pipe: %1</source>
        <translation>无法创建管道：%1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <source>Killed by the filter (SIGSYS) on %1.</source>
        <translation>在调用 %1 时被过滤器终止（SIGSYS）。</translation>
    </message>
    <message>
        <source>Ended by signal %1.</source>
        <translation>因信号 %1 结束。</translation>
    </message>
    <message>
        <source>Exit status %1.</source>
        <translation>退出状态 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n syscall(s) denied</source>
        <translation>
            <numerusform>%n 个系统调用被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n syscall(s) used</source>
        <translation>
            <numerusform>用到 %n 个系统调用</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, %3 process(es) and thread(s).</source>
        <translation>%1 %2，%3 个进程和线程。</translation>
    </message>
    <message>
        <source>allowed now; run again</source>
        <translation>现已允许；请重新运行</translation>
    </message>
    <message>
        <source>The profile already allows every syscall the command used.</source>
        <translation>配置已允许该命令用到的所有系统调用。</translation>
    </message>
</context>
<context>
    <name>Sysfence::CommandTracer</name>
    <message>
        <source>syscall %1</source>
        <translation>系统调用 %1</translation>
    </message>
    <message>
        <source>Running commands under a profile is supported on x86_64 and aarch64 only.</source>
        <translation>仅在 x86_64 和 aarch64 上支持在配置下运行命令。</translation>
    </message>
    <message>
        <source>There is no filter program to load.</source>
        <translation>没有可加载的过滤器程序。</translation>
    </message>
    <message>
        <source>Command not found: %1</source>
        <translation>找不到命令：%1</translation>
    </message>
    <message>
        <source>Cannot create a pipe: %1</source>
        <translation>无法创建管道：%1</translation>
    </message>
    <message>
        <source>Cannot start a process: %1</source>
        <translation>无法启动进程：%1</translation>
    </message>
    <message>
        <source>The command stopped before it could be traced.</source>
        <translation>命令在被跟踪之前就已停止。</translation>
    </message>
    <message>
        <source>Cannot trace the command: %1</source>
        <translation>无法跟踪命令：%1</translation>
    </message>
    <message>
        <source>Cannot set no_new_privs: %1</source>
        <translation>无法设置 no_new_privs：%1</translation>
    </message>
    <message>
        <source>The kernel refused the filter: %1</source>
        <translation>内核拒绝了该过滤器：%1</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
</context>
<context>
    <name>Sysfence::Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 (namespace %2)</source>
        <translation>%1（命名空间 %2）</translation>
    </message>
    <message>
        <source>baseProfileName “%1” is not part of this profile: the operator adds it at install time.</source>
        <translation>baseProfileName“%1”不属于本配置：operator 会在安装时加入它。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>A SeccompProfile YAML file is not written back; save the profile as Docker JSON or export it.</source>
        <translation>SeccompProfile YAML 文件不会被写回；请把配置另存为 Docker JSON 或导出。</translation>
    </message>
    <message>
        <source>Another program changed the file since it was opened.</source>
        <translation>自打开以来，另一个程序修改了该文件。</translation>
    </message>
    <message>
        <source>The recovered text is not a profile.</source>
        <translation>恢复出的文本不是配置。</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
</context>
<context>
    <name>Sysfence::ExplainPanel</name>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;sysfence:seccomp-vs-capabilities#%1&quot;&gt;Seccomp vs Capabilities&lt;/a&gt;: how the two mechanisms combine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;sysfence:seccomp-vs-capabilities#%1&quot;&gt;Seccomp 与能力&lt;/a&gt;：两种机制如何共同起作用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Docker:</source>
        <translation>Docker：</translation>
    </message>
    <message>
        <source>granted by default.</source>
        <translation>默认授予。</translation>
    </message>
    <message>
        <source>not granted unless --cap-add %1.</source>
        <translation>默认不授予，需使用 --cap-add %1。</translation>
    </message>
    <message>
        <source>The kernel checks it in:</source>
        <translation>内核在以下系统调用中检查它：</translation>
    </message>
    <message>
        <source>In this profile it unlocks:</source>
        <translation>在此配置中它解锁：</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Syscalls:</source>
        <translation>系统调用：</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>能力：</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a syscall to see what it does, why it is risky and what Docker does with it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个系统调用，查看它的作用、风险原因以及 Docker 如何处理它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Capability checked</source>
        <translation>检查的能力</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This profile:</source>
        <translation>此配置：</translation>
    </message>
    <message>
        <source>no filter (privileged)</source>
        <translation>无过滤器（特权）</translation>
    </message>
    <message>
        <source>Docker&apos;s default:</source>
        <translation>Docker 默认：</translation>
    </message>
    <message>
        <source>multiplexed</source>
        <translation>多路复用</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Why it is risky</source>
        <translation>风险原因</translation>
    </message>
    <message>
        <source>Why Docker does this</source>
        <translation>Docker 为何这样处理</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>相关：</translation>
    </message>
</context>
<context>
    <name>Sysfence::FilterCompiler</name>
    <message>
        <source>libseccomp could not create a filter for the default action.</source>
        <translation>libseccomp 无法为默认动作创建过滤器。</translation>
    </message>
    <message>
        <source>libseccomp %1 cannot build filters for %2.</source>
        <translation>libseccomp %1 无法为 %2 构建过滤器。</translation>
    </message>
    <message>
        <source>Cannot add architecture %1: %2.</source>
        <translation>无法添加架构 %1：%2。</translation>
    </message>
    <message>
        <source>libseccomp refused the rule for “%1”: %2.</source>
        <translation>libseccomp 拒绝了“%1”的规则：%2。</translation>
    </message>
    <message>
        <source>libseccomp could not generate the BPF program.</source>
        <translation>libseccomp 无法生成 BPF 程序。</translation>
    </message>
    <message>
        <source>The filter has %1 instructions; the kernel refuses more than %2.</source>
        <translation>过滤器有 %1 条指令；内核拒绝超过 %2 条指令的过滤器。</translation>
    </message>
</context>
<context>
    <name>Sysfence::JsonPreview</name>
    <message>
        <source>built-in highlighter</source>
        <translation>内置语法高亮</translation>
    </message>
</context>
<context>
    <name>Sysfence::JsonReader</name>
    <message>
        <source>Duplicate key “%1”: the last one wins, as in Docker.</source>
        <translation>重复的键“%1”：与 Docker 一样，以最后一个为准。</translation>
    </message>
    <message>
        <source>Comments are not allowed in JSON.</source>
        <translation>JSON 中不允许注释。</translation>
    </message>
    <message>
        <source>The file is empty; expected a JSON object.</source>
        <translation>文件为空；应为 JSON 对象。</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON value.</source>
        <translation>JSON 值结束后出现了多余的文本。</translation>
    </message>
    <message>
        <source>Not a JSON value (NaN and Infinity are not allowed).</source>
        <translation>不是 JSON 值（不允许 NaN 和 Infinity）。</translation>
    </message>
    <message>
        <source>Trailing comma before “%1”.</source>
        <translation>“%1”前有多余的逗号。</translation>
    </message>
    <message>
        <source>Strings must use double quotes.</source>
        <translation>字符串必须使用双引号。</translation>
    </message>
    <message>
        <source>Invalid value.</source>
        <translation>无效的值。</translation>
    </message>
    <message>
        <source>Trailing comma before “}”.</source>
        <translation>“}”前有多余的逗号。</translation>
    </message>
    <message>
        <source>Expected a key in double quotes.</source>
        <translation>此处应为双引号括起的键。</translation>
    </message>
    <message>
        <source>Expected “:” after the key.</source>
        <translation>键后应为“:”。</translation>
    </message>
    <message>
        <source>Expected “,” or “}” after an object member.</source>
        <translation>对象成员后应为“,”或“}”。</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after an array element.</source>
        <translation>数组元素后应为“,”或“]”。</translation>
    </message>
    <message>
        <source>Invalid \u escape: expected four hex digits.</source>
        <translation>无效的 \u 转义：应为四位十六进制数字。</translation>
    </message>
    <message>
        <source>Invalid UTF-16 surrogate pair in a \u escape.</source>
        <translation>\u 转义中的 UTF-16 代理对无效。</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation>字符串中的转义序列无效。</translation>
    </message>
    <message>
        <source>Unterminated string: missing closing quote.</source>
        <translation>字符串未结束：缺少右引号。</translation>
    </message>
    <message>
        <source>Invalid UTF-8 in a string.</source>
        <translation>字符串中含有无效的 UTF-8。</translation>
    </message>
    <message>
        <source>Number too big.</source>
        <translation>数值过大。</translation>
    </message>
    <message>
        <source>Expected digits after the decimal point.</source>
        <translation>小数点后应为数字。</translation>
    </message>
    <message>
        <source>Expected digits in the exponent.</source>
        <translation>指数部分应为数字。</translation>
    </message>
    <message>
        <source>Syntax error.</source>
        <translation>语法错误。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark, which Docker rejects; it is removed on save.</source>
        <translation>文件以 UTF-8 字节顺序标记（BOM）开头，Docker 会拒绝它；保存时将被移除。</translation>
    </message>
    <message>
        <source>NUL byte in the file; JSON text cannot contain one.</source>
        <translation>文件中含有 NUL 字节；JSON 文本不能包含 NUL 字节。</translation>
    </message>
    <message>
        <source>Nesting deeper than %1 levels; a seccomp profile needs fewer than ten.</source>
        <translation>嵌套深度超过 %1 层；seccomp 配置文件所需的层数不到十层。</translation>
    </message>
</context>
<context>
    <name>Sysfence::JsonValue</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>Sysfence::MainWindow</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your unsaved changes?</source>
        <translation>%1 已被其他程序修改。要重新加载并丢弃未保存的更改吗？</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>%1 已被其他程序修改。要重新加载吗？</translation>
    </message>
    <message>
        <source>Filter syscalls by name…</source>
        <translation>按名称筛选系统调用…</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>任意动作</translation>
    </message>
    <message>
        <source>Default action</source>
        <translation>默认动作</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>任意风险</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>中及以上</translation>
    </message>
    <message>
        <source>Only risky (high, critical)</source>
        <translation>仅高风险（高、严重）</translation>
    </message>
    <message>
        <source>Only critical</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <source>Changed vs Docker</source>
        <translation>与 Docker 不同</translation>
    </message>
    <message>
        <source>Show only syscalls whose final action differs from Docker&apos;s default profile</source>
        <translation>仅显示最终动作与 Docker 默认配置不同的系统调用</translation>
    </message>
    <message>
        <source>Risk Groups</source>
        <translation>风险分组</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>JSON Preview</source>
        <translation>JSON 预览</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>All problems and findings</source>
        <translation>所有问题和检查结果</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Capability findings</source>
        <translation>能力检查结果</translation>
    </message>
    <message>
        <source>Profile problems</source>
        <translation>配置问题</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation>从模板新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find Syscall</source>
        <translation>查找系统调用(&amp;F)</translation>
    </message>
    <message>
        <source>Set &amp;Action of Selection</source>
        <translation>设置所选项的动作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Default Action</source>
        <translation>默认动作(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Seccomp vs Capabilities</source>
        <translation>Seccomp 与能力(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Sysfence</source>
        <translation>关于 Sysfence(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · target %4, kernel %5, %6</source>
        <translation>%1 · %2 · %3 · 目标环境 %4，内核 %5，%6</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 条规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>privileged</source>
        <translation>特权</translation>
    </message>
    <message numerus="yes">
        <source>%n capabilities</source>
        <translation>
            <numerusform>%n 项能力</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] — Sysfence</source>
        <translation>%1[*] — Sysfence</translation>
    </message>
    <message>
        <source>Set Whole Group</source>
        <translation>设置整个分组</translation>
    </message>
    <message>
        <source>Set group to %1</source>
        <translation>将分组设为 %1</translation>
    </message>
    <message>
        <source>Cannot Open Profile</source>
        <translation>无法打开配置文件</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>Cannot Save Profile</source>
        <translation>无法保存配置文件</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2

The file on disk was not changed.</source>
        <translation>无法保存 %1：%2

磁盘上的文件未被更改。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Profile As</source>
        <translation>配置文件另存为</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>About Sysfence</source>
        <translation>关于 Sysfence</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sysfence %1&lt;/h3&gt;&lt;p&gt;A desktop editor for Linux seccomp profiles.&lt;/p&gt;&lt;p&gt;Qt %2 · libseccomp %3 · %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sysfence %1&lt;/h3&gt;&lt;p&gt;Linux seccomp 配置文件桌面编辑器。&lt;/p&gt;&lt;p&gt;Qt %2 · libseccomp %3 · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Architectures…</source>
        <translation>架构(&amp;A)…</translation>
    </message>
    <message>
        <source>Replace with &amp;Template</source>
        <translation>替换为模板(&amp;T)</translation>
    </message>
    <message>
        <source>Replace with template %1</source>
        <translation>替换为模板 %1</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Test a Syscall…</source>
        <translation>测试系统调用(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>T&amp;ry It…</source>
        <translation>试运行(&amp;R)…</translation>
    </message>
    <message>
        <source>Run a command under this profile and see which syscalls it denies.</source>
        <translation>在此配置下运行命令，查看哪些系统调用被拒绝。</translation>
    </message>
    <message>
        <source>R&amp;ecord from Command…</source>
        <translation>从命令记录(&amp;E)…</translation>
    </message>
    <message>
        <source>Run a command and add the syscalls it uses to this profile.</source>
        <translation>运行命令，并把它用到的系统调用加入此配置。</translation>
    </message>
    <message>
        <source>Copy &amp;docker run Flags</source>
        <translation>复制 &amp;docker run 参数</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Copy a docker run command line that uses this file for the current target.</source>
        <translation>复制一条在当前目标环境下使用此文件的 docker run 命令行。</translation>
    </message>
    <message>
        <source>&amp;Export As</source>
        <translation>导出为(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;OCI Runtime Config (linux.seccomp)…</source>
        <translation>&amp;OCI 运行时配置（linux.seccomp）…</translation>
    </message>
    <message>
        <source>Write {&quot;linux&quot;: {&quot;seccomp&quot;: …}} for runc, crun or youki, resolved for the current container target.</source>
        <translation>为 runc、crun 或 youki 写出 {&quot;linux&quot;: {&quot;seccomp&quot;: …}}，已针对当前容器目标环境解析。</translation>
    </message>
    <message>
        <source>&amp;Kubernetes SeccompProfile…</source>
        <translation>&amp;Kubernetes SeccompProfile…</translation>
    </message>
    <message>
        <source>Write a Security Profiles Operator SeccompProfile (YAML), resolved for the current container target.</source>
        <translation>写出 Security Profiles Operator 的 SeccompProfile（YAML），已针对当前容器目标环境解析。</translation>
    </message>
    <message>
        <source>Choose a SeccompProfile</source>
        <translation>选择一个 SeccompProfile</translation>
    </message>
    <message>
        <source>%1 holds several SeccompProfiles. Open:</source>
        <translation>%1 含有多个 SeccompProfile。打开：</translation>
    </message>
    <message>
        <source>Seccomp profiles (*.json *.yaml *.yml);;Docker or OCI JSON (*.json);;Kubernetes SeccompProfile (*.yaml *.yml);;All files (*)</source>
        <translation>Seccomp 配置 (*.json *.yaml *.yml);;Docker 或 OCI JSON (*.json);;Kubernetes SeccompProfile (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save as Docker JSON</source>
        <translation>另存为 Docker JSON</translation>
    </message>
    <message>
        <source>%1 is a Kubernetes SeccompProfile; Sysfence does not write YAML back into it. Save the profile as Docker JSON now, or use File → Export As → Kubernetes SeccompProfile.</source>
        <translation>%1 是 Kubernetes SeccompProfile；Sysfence 不会把 YAML 写回其中。请现在把配置另存为 Docker JSON，或使用 文件 → 导出为 → Kubernetes SeccompProfile。</translation>
    </message>
    <message>
        <source>Docker seccomp profiles (*.json);;All files (*)</source>
        <translation>Docker seccomp 配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export as OCI Runtime Config</source>
        <translation>导出为 OCI 运行时配置</translation>
    </message>
    <message>
        <source>OCI runtime config (*.json);;All files (*)</source>
        <translation>OCI 运行时配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Export as Kubernetes SeccompProfile</source>
        <translation>导出为 Kubernetes SeccompProfile</translation>
    </message>
    <message>
        <source>metadata.name (lowercase letters, digits, “-” and “.”):</source>
        <translation>metadata.name（小写字母、数字、“-”和“.”）：</translation>
    </message>
    <message>
        <source>Invalid Name</source>
        <translation>无效的名称</translation>
    </message>
    <message>
        <source>“%1” is not a valid Kubernetes name.</source>
        <translation>“%1”不是有效的 Kubernetes 名称。</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml);;All files (*)</source>
        <translation>Kubernetes 清单 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1, kernel %2, capabilities: %3</source>
        <translation>%1，内核 %2，能力：%3</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Exported %1 for the container target (%2). What was resolved on the way:</source>
        <translation>已针对容器目标环境（%2）导出 %1。过程中解析的内容：</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened it. Saving replaces those changes with yours.</source>
        <translation>自您打开以来，%1 已被另一个程序修改。保存会用您的更改替换那些更改。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Sysfence did not close properly. Unsaved changes to %1 from %2 were kept.</source>
        <translation>Sysfence 未正常关闭。已保留 %2 时对 %1 的未保存更改。</translation>
    </message>
    <message>
        <source>Restore them? Discarding deletes the recovered copy.</source>
        <translation>要恢复它们吗？放弃会删除恢复副本。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>%1 could not be restored: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>Restored unsaved changes to %1</source>
        <translation>已恢复对 %1 的未保存更改</translation>
    </message>
    <message>
        <source>Cannot Reload Profile</source>
        <translation>无法重新载入配置文件</translation>
    </message>
    <message>
        <source>%1 could not be read again: %2</source>
        <translation>无法重新读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Sysfence::OciConfig</name>
    <message>
        <source>%1 is Docker&apos;s, not part of OCI seccomp: runc ignores it.</source>
        <translation>%1 是 Docker 特有的，不属于 OCI seccomp：runc 会忽略它。</translation>
    </message>
    <message>
        <source>This OCI runtime configuration has no “linux” object, so no seccomp profile.</source>
        <translation>此 OCI 运行时配置没有“linux”对象，因此没有 seccomp 配置。</translation>
    </message>
    <message>
        <source>This OCI runtime configuration has no “linux.seccomp”: the container runs without a seccomp filter.</source>
        <translation>此 OCI 运行时配置没有“linux.seccomp”：容器将在没有 seccomp 过滤器的情况下运行。</translation>
    </message>
    <message>
        <source>The file is not an OCI runtime configuration.</source>
        <translation>该文件不是 OCI 运行时配置。</translation>
    </message>
    <message>
        <source>“linux.seccomp” must be an object, not %1.</source>
        <translation>“linux.seccomp”必须是对象，而不是%1。</translation>
    </message>
</context>
<context>
    <name>Sysfence::ProfileDecoder</name>
    <message>
        <source>“%1” must not be negative.</source>
        <translation>“%1”不能为负数。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number written without a fraction or exponent, as Docker reads it into an unsigned integer; found %2.</source>
        <translation>“%1”必须是不带小数部分和指数的整数，因为 Docker 会将其读取为无符号整数；实际为 %2。</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than the largest allowed value %3.</source>
        <translation>“%1”为 %2，超过了允许的最大值 %3。</translation>
    </message>
    <message>
        <source>“%1” is not a valid number.</source>
        <translation>“%1”不是有效的数字。</translation>
    </message>
    <message>
        <source>Unknown action %1.</source>
        <translation>未知动作 %1。</translation>
    </message>
    <message>
        <source>Unknown action %1 — did you mean %2?</source>
        <translation>未知动作 %1——您是指 %2 吗？</translation>
    </message>
    <message>
        <source>Unknown field %1: Docker ignores it; it is kept as it is.</source>
        <translation>未知字段 %1：Docker 会忽略它；将原样保留。</translation>
    </message>
    <message>
        <source>Unknown field %1 — did you mean %2? Docker ignores it; it is kept as it is.</source>
        <translation>未知字段 %1——您是指 %2 吗？Docker 会忽略它；将原样保留。</translation>
    </message>
    <message>
        <source>Unknown architecture %1.</source>
        <translation>未知架构 %1。</translation>
    </message>
    <message>
        <source>Unknown architecture %1 — did you mean %2?</source>
        <translation>未知架构 %1——您是指 %2 吗？</translation>
    </message>
    <message>
        <source>Unknown filter flag %1.</source>
        <translation>未知过滤器标志 %1。</translation>
    </message>
    <message>
        <source>Unknown filter flag %1 — did you mean %2?</source>
        <translation>未知过滤器标志 %1——您是指 %2 吗？</translation>
    </message>
    <message>
        <source>The profile has no “defaultAction”; Docker refuses it.</source>
        <translation>配置中没有“defaultAction”；Docker 会拒绝此配置。</translation>
    </message>
    <message>
        <source>SCMP_ACT_NOTIFY cannot be the default action: the runtime itself would be stopped at every syscall.</source>
        <translation>SCMP_ACT_NOTIFY 不能作为默认动作：运行时自身会在每个系统调用处被挂起。</translation>
    </message>
    <message>
        <source>“defaultErrnoRet” only applies when the default action is SCMP_ACT_ERRNO or SCMP_ACT_TRACE.</source>
        <translation>“defaultErrnoRet”仅在默认动作为 SCMP_ACT_ERRNO 或 SCMP_ACT_TRACE 时适用。</translation>
    </message>
    <message>
        <source>Unknown errno name %1.</source>
        <translation>未知 errno 名称 %1。</translation>
    </message>
    <message>
        <source>“defaultErrno” says %1 (%2) but “defaultErrnoRet” is %3; the number is what the kernel returns.</source>
        <translation>“defaultErrno”为 %1 (%2)，但“defaultErrnoRet”为 %3；内核实际返回的是该数值。</translation>
    </message>
    <message>
        <source>Both “architectures” and “archMap” are set; Docker accepts only one of them.</source>
        <translation>同时设置了“architectures”和“archMap”；Docker 只接受其中之一。</translation>
    </message>
    <message>
        <source>“listenerMetadata” is set without “listenerPath”; Docker refuses it.</source>
        <translation>设置了“listenerMetadata”但未设置“listenerPath”；Docker 会拒绝此配置。</translation>
    </message>
    <message>
        <source>SCMP_ACT_NOTIFY needs “listenerPath”, the socket of the process that answers.</source>
        <translation>SCMP_ACT_NOTIFY 需要“listenerPath”，即负责应答的进程的套接字。</translation>
    </message>
    <message>
        <source>syscall rule</source>
        <translation>系统调用规则</translation>
    </message>
    <message>
        <source>%1 argument conditions; a syscall has at most %2 arguments.</source>
        <translation>有 %1 个参数条件；系统调用最多只有 %2 个参数。</translation>
    </message>
    <message>
        <source>Both “name” and “names” are set; Docker accepts only one of them.</source>
        <translation>同时设置了“name”和“names”；Docker 只接受其中之一。</translation>
    </message>
    <message>
        <source>The rule names no syscall: add “names”.</source>
        <translation>规则未指定任何系统调用：请添加“names”。</translation>
    </message>
    <message>
        <source>“names” is empty, so the rule matches no syscall.</source>
        <translation>“names”为空，因此该规则不匹配任何系统调用。</translation>
    </message>
    <message>
        <source>Empty syscall name.</source>
        <translation>系统调用名称为空。</translation>
    </message>
    <message>
        <source>The rule has no “action”.</source>
        <translation>规则没有“action”。</translation>
    </message>
    <message>
        <source>“errnoRet” only applies to SCMP_ACT_ERRNO and SCMP_ACT_TRACE, not %1.</source>
        <translation>“errnoRet”仅适用于 SCMP_ACT_ERRNO 和 SCMP_ACT_TRACE，不适用于 %1。</translation>
    </message>
    <message>
        <source>“errno” says %1 (%2) but “errnoRet” is %3; the number is what the kernel returns.</source>
        <translation>“errno”为 %1 (%2)，但“errnoRet”为 %3；内核实际返回的是该数值。</translation>
    </message>
    <message>
        <source>argument condition</source>
        <translation>参数条件</translation>
    </message>
    <message>
        <source>Argument index %1 is out of range: syscalls have arguments 0 to 5.</source>
        <translation>参数索引 %1 超出范围：系统调用的参数为 0 到 5。</translation>
    </message>
    <message>
        <source>Unknown comparison %1.</source>
        <translation>未知比较运算 %1。</translation>
    </message>
    <message>
        <source>Unknown comparison %1 — did you mean %2?</source>
        <translation>未知比较运算 %1——您是指 %2 吗？</translation>
    </message>
    <message>
        <source>The condition has no “index”, so it tests argument 0.</source>
        <translation>条件没有“index”，因此检查的是参数 0。</translation>
    </message>
    <message>
        <source>The condition has no “op”.</source>
        <translation>条件没有“op”。</translation>
    </message>
    <message>
        <source>“valueTwo” is %1 but only SCMP_CMP_MASKED_EQ uses it; %2 ignores it.</source>
        <translation>“valueTwo”为 %1，但只有 SCMP_CMP_MASKED_EQ 会使用它；%2 会忽略它。</translation>
    </message>
    <message>
        <source>Capability %1 is not spelled CAP_…; Docker compares the names as written, so it never matches.</source>
        <translation>能力 %1 的写法不是 CAP_…；Docker 按原样比较名称，因此它永远不会匹配。</translation>
    </message>
    <message>
        <source>Unknown architecture %1 in “arches”.</source>
        <translation>“arches”中有未知架构 %1。</translation>
    </message>
    <message>
        <source>Unknown architecture %1 in “arches” — did you mean %2?</source>
        <translation>“arches”中有未知架构 %1——您是指 %2 吗？</translation>
    </message>
    <message>
        <source>“minKernel” must look like 4.8 (major.minor), not %1; Docker since 20.10 refuses other forms.</source>
        <translation>“minKernel”的格式应类似 4.8（主版本号.次版本号），而不是 %1；Docker 自 20.10 起拒绝其他格式。</translation>
    </message>
    <message>
        <source>archMap entry</source>
        <translation>archMap 条目</translation>
    </message>
    <message>
        <source>“%1” must be %2, not %3.</source>
        <translation>“%1”必须是%2，而不是%3。</translation>
    </message>
    <message>
        <source>A seccomp profile must be a JSON object, not %1.</source>
        <translation>seccomp 配置文件必须是 JSON 对象，而不是%1。</translation>
    </message>
</context>
<context>
    <name>Sysfence::ProfileDiffDialog</name>
    <message>
        <source>More permissive</source>
        <translation>更宽松</translation>
    </message>
    <message>
        <source>Less permissive</source>
        <translation>更严格</translation>
    </message>
    <message>
        <source>Compare Profiles</source>
        <translation>比较配置</translation>
    </message>
    <message>
        <source>Syscall</source>
        <translation>系统调用</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Docker Default</source>
        <translation>Docker 默认配置</translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>Seccomp profiles (*.json);;All files (*)</source>
        <translation>Seccomp 配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Lets more through than before</source>
        <translation>比之前放行的更多</translation>
    </message>
    <message>
        <source>Lets less through than before</source>
        <translation>比之前放行的更少</translation>
    </message>
    <message>
        <source>Different, neither more nor less permissive</source>
        <translation>不同，但既不更宽松也不更严格</translation>
    </message>
    <message>
        <source>Against %1 for %2: %3 syscall(s) differ — %4 more permissive, %5 less permissive.</source>
        <translation>与 %1 相比（%2）：%3 个系统调用不同——%4 个更宽松，%5 个更严格。</translation>
    </message>
    <message>
        <source>Default action: %1 → %2.</source>
        <translation>默认动作：%1 → %2。</translation>
    </message>
</context>
<context>
    <name>Sysfence::ProfileEditor</name>
    <message>
        <source>with %1</source>
        <translation>具有 %1 时</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>在 %1 上</translation>
    </message>
    <message>
        <source>on kernel %1 or later</source>
        <translation>内核 %1 或更高版本</translation>
    </message>
    <message>
        <source>unless excluded</source>
        <translation>未被排除时</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is the default action, so %2 no longer needs an entry of its own; it was removed.</source>
        <translation>%1 是默认动作，因此 %2 不再需要单独的条目；已将其移除。</translation>
    </message>
    <message>
        <source>%1 was also granted %2; it was taken out of those rules so that %3 holds everywhere.</source>
        <translation>%1 还被授予了 %2；已将其从这些规则中移出，以确保 %3 在所有情况下生效。</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message numerus="yes">
        <source>Set %n syscall(s) to %1</source>
        <translation>
            <numerusform>将 %n 个系统调用设为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the default action, so the syscalls no longer need entries of their own; they were removed.</source>
        <translation>%1 是默认动作，因此这些系统调用不再需要单独的条目；已将其移除。</translation>
    </message>
    <message>
        <source>Set group %1 to %2</source>
        <translation>将分组 %1 设为 %2</translation>
    </message>
    <message>
        <source>Add a rule for %1</source>
        <translation>为 %1 添加规则</translation>
    </message>
    <message>
        <source>Edit the rule for %1</source>
        <translation>编辑 %1 的规则</translation>
    </message>
    <message>
        <source>Remove the rule for %1</source>
        <translation>移除 %1 的规则</translation>
    </message>
    <message>
        <source>Edit a rule comment</source>
        <translation>编辑规则注释</translation>
    </message>
    <message>
        <source>Set the default action to %1</source>
        <translation>将默认动作设为 %1</translation>
    </message>
    <message>
        <source>Set the default errno</source>
        <translation>设置默认 errno</translation>
    </message>
    <message>
        <source>Set the architectures</source>
        <translation>设置架构</translation>
    </message>
    <message>
        <source>Set the architecture map</source>
        <translation>设置架构映射</translation>
    </message>
</context>
<context>
    <name>Sysfence::ProfileReader</name>
    <message>
        <source>The file is %1 MiB; profiles larger than %2 MiB are not read.</source>
        <translation>文件大小为 %1 MiB；不读取大于 %2 MiB 的配置文件。</translation>
    </message>
    <message>
        <source>Cannot read a folder as a profile.</source>
        <translation>不能将文件夹作为配置文件读取。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>无法打开文件：%1。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
</context>
<context>
    <name>Sysfence::ProfileResolver</name>
    <message>
        <source>Rules written with “names” instead of Docker&apos;s old single “name”: %1.</source>
        <translation>以下规则改用“names”书写，而非 Docker 旧式的单个“name”：%1。</translation>
    </message>
    <message>
        <source>archMap resolved to %1 (the entry for %2).</source>
        <translation>archMap 已解析为 %1（%2 对应的条目）。</translation>
    </message>
    <message>
        <source>archMap has no entry for %1; the exported profile lists %2.</source>
        <translation>archMap 没有 %1 的条目；导出的配置列出 %2。</translation>
    </message>
    <message>
        <source>no architecture (the native one only)</source>
        <translation>无架构（仅本机架构）</translation>
    </message>
    <message>
        <source>Docker&apos;s default capabilities</source>
        <translation>Docker 默认能力</translation>
    </message>
    <message>
        <source>no capabilities</source>
        <translation>无能力</translation>
    </message>
    <message>
        <source>caps %1</source>
        <translation>能力 %1</translation>
    </message>
    <message>
        <source>1 rule with includes/excludes resolved for %1, %2, kernel %3: %4 kept, %5 dropped.</source>
        <translation>已针对 %1、%2、内核 %3 解析 1 条带 includes/excludes 的规则：保留 %4 条，丢弃 %5 条。</translation>
    </message>
    <message>
        <source>%1 rules with includes/excludes resolved for %2, %3, kernel %4: %5 kept, %6 dropped.</source>
        <translation>已针对 %2、%3、内核 %4 解析 %1 条带 includes/excludes 的规则：保留 %5 条，丢弃 %6 条。</translation>
    </message>
    <message>
        <source>Comments dropped (%1): the format has no place for them.</source>
        <translation>已丢弃注释（%1）：该格式无处存放注释。</translation>
    </message>
    <message>
        <source>Podman&apos;s informational errno names dropped; the errno numbers are kept.</source>
        <translation>已丢弃 Podman 的说明性 errno 名称；errno 数值保留。</translation>
    </message>
    <message>
        <source>With --privileged no seccomp filter is loaded, so archMap, includes and excludes cannot be resolved for it; choose an unprivileged target.</source>
        <translation>使用 --privileged 时不加载 seccomp 过滤器，因此无法为其解析 archMap、includes 和 excludes；请选择非特权的目标环境。</translation>
    </message>
</context>
<context>
    <name>Sysfence::ProfileTemplates</name>
    <message>
        <source>Docker default</source>
        <translation>Docker 默认</translation>
    </message>
    <message>
        <source>Strict baseline</source>
        <translation>严格基线</translation>
    </message>
    <message>
        <source>Audit everything</source>
        <translation>全部审计</translation>
    </message>
    <message>
        <source>Empty allowlist</source>
        <translation>空白名单</translation>
    </message>
    <message>
        <source>What Docker applies to every container unless told otherwise.</source>
        <translation>除非另行指定，Docker 对每个容器应用的配置。</translation>
    </message>
    <message>
        <source>Docker&apos;s everyday syscalls only: nothing above low risk, whatever the capabilities.</source>
        <translation>仅包含 Docker 的日常系统调用：无论能力如何，都不含高于低风险的调用。</translation>
    </message>
    <message>
        <source>Allows every syscall and logs it, to learn what a program needs.</source>
        <translation>允许所有系统调用并记录日志，以了解程序需要哪些调用。</translation>
    </message>
    <message>
        <source>Denies every syscall with EPERM; add what the program needs.</source>
        <translation>以 EPERM 拒绝所有系统调用；请添加程序所需的调用。</translation>
    </message>
</context>
<context>
    <name>Sysfence::ProfileValidator</name>
    <message>
        <source>libseccomp %1 does not know the syscall “%2”; runc built with it silently drops the name.</source>
        <translation>libseccomp %1 不认识系统调用“%2”；使用它构建的 runc 会静默丢弃该名称。</translation>
    </message>
    <message>
        <source>libseccomp %1 does not know the syscall “%2” — did you mean “%3”? runc built with it silently drops the name.</source>
        <translation>libseccomp %1 不认识系统调用“%2”——您是指“%3”吗？使用它构建的 runc 会静默丢弃该名称。</translation>
    </message>
    <message>
        <source>“%1” is set to %2 here and to %3 at %4; a syscall can have only one unconditional action.</source>
        <translation>“%1”在此处设为 %2，在 %4 处设为 %3；一个系统调用只能有一个无条件动作。</translation>
    </message>
    <message>
        <source>“%1” is already listed with the same action at %2.</source>
        <translation>“%1”已在 %2 处以相同动作列出。</translation>
    </message>
    <message>
        <source>%1 more “%2” problems are not listed; only the first %3 are.</source>
        <translation>另有 %1 个“%2”问题未列出；只列出前 %3 个。</translation>
    </message>
</context>
<context>
    <name>Sysfence::RecordedProfile</name>
    <message>
        <source>The command used %1, which the profile&apos;s archMap does not cover.</source>
        <translation>命令使用了 %1，而配置的 archMap 未覆盖它。</translation>
    </message>
    <message>
        <source>Allowed only with argument conditions, left as they are: %1. Run the command under the profile to check its calls match.</source>
        <translation>这些调用只在满足参数条件时才被允许，已保持原样：%1。请在该配置下运行命令，确认其调用符合条件。</translation>
    </message>
    <message numerus="yes">
        <source>Allow %n recorded syscall(s)</source>
        <translation>
            <numerusform>允许 %n 个记录到的系统调用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sysfence::RecoveryStore</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
</context>
<context>
    <name>Sysfence::RiskLevel</name>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>Sysfence::RiskTreeModel</name>
    <message>
        <source>Risk group</source>
        <translation>风险分组</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>无过滤器</translation>
    </message>
    <message>
        <source>all allowed</source>
        <translation>全部允许</translation>
    </message>
    <message>
        <source>all denied</source>
        <translation>全部拒绝</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>有条件</translation>
    </message>
    <message>
        <source>%1 of %2 allowed, %3 conditional</source>
        <translation>%2 个中允许 %1 个，%3 个有条件</translation>
    </message>
    <message>
        <source>%1 of %2 allowed</source>
        <translation>%2 个中允许 %1 个</translation>
    </message>
    <message>
        <source>%1

%2 allowed, %3 denied, %4 conditional</source>
        <translation>%1

允许 %2 个，拒绝 %3 个，有条件 %4 个</translation>
    </message>
    <message>
        <source>%1, conditional</source>
        <translation>%1，有条件</translation>
    </message>
</context>
<context>
    <name>Sysfence::RuleEditor</name>
    <message>
        <source>includes</source>
        <translation>包含条件</translation>
    </message>
    <message>
        <source>excludes</source>
        <translation>排除条件</translation>
    </message>
    <message>
        <source>unconditional</source>
        <translation>无条件</translation>
    </message>
    <message>
        <source>Add Conditional Rule</source>
        <translation>添加条件规则</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>移除规则</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>An errno name (EPERM) or number</source>
        <translation>errno 名称（如 EPERM）或数字</translation>
    </message>
    <message>
        <source>Arg</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Mask / value two</source>
        <translation>掩码 / 第二个值</translation>
    </message>
    <message>
        <source>CAP_SYS_ADMIN, CAP_SYSLOG</source>
        <translation>CAP_SYS_ADMIN, CAP_SYSLOG</translation>
    </message>
    <message>
        <source>amd64, arm64</source>
        <translation>amd64, arm64</translation>
    </message>
    <message>
        <source>4.8</source>
        <translation>4.8</translation>
    </message>
    <message>
        <source>Add Argument Condition</source>
        <translation>添加参数条件</translation>
    </message>
    <message>
        <source>Remove Condition</source>
        <translation>移除条件</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>动作：</translation>
    </message>
    <message>
        <source>Errno:</source>
        <translation>Errno：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>注释：</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Only when (includes)</source>
        <translation>仅当满足包含条件（includes）</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>能力：</translation>
    </message>
    <message>
        <source>Architectures:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <source>Kernel at least:</source>
        <translation>最低内核版本：</translation>
    </message>
    <message>
        <source>Except when (excludes)</source>
        <translation>除非满足排除条件（excludes）</translation>
    </message>
    <message>
        <source>Rule %1: %2, %3</source>
        <translation>规则 %1：%2，%3</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>未知动作</translation>
    </message>
    <message numerus="yes">
        <source>This rule also covers %n other syscall(s): %1</source>
        <translation>
            <numerusform>此规则还涵盖其他 %n 个系统调用：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>A number (0x… or decimal) or names: %1</source>
        <translation>数字（0x… 或十进制）或名称：%1</translation>
    </message>
    <message>
        <source>A number, 0x… or decimal</source>
        <translation>数字，0x… 或十进制</translation>
    </message>
    <message>
        <source>Choose an action.</source>
        <translation>请选择一个动作。</translation>
    </message>
    <message>
        <source>“%1” is not an errno name or number.</source>
        <translation>“%1”不是 errno 名称或数字。</translation>
    </message>
    <message>
        <source>Condition %1: “%2” is not a number or a known name.</source>
        <translation>条件 %1：“%2”不是数字或已知名称。</translation>
    </message>
    <message>
        <source>Condition %1: “%2” is not a number.</source>
        <translation>条件 %1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>Condition %1: only SCMP_CMP_MASKED_EQ uses a mask.</source>
        <translation>条件 %1：只有 SCMP_CMP_MASKED_EQ 使用掩码。</translation>
    </message>
    <message>
        <source>%1: unknown capability “%2”.</source>
        <translation>%1：未知能力“%2”。</translation>
    </message>
    <message>
        <source>%1: unknown architecture “%2” (use amd64, arm64, …).</source>
        <translation>%1：未知架构“%2”（请使用 amd64、arm64、…）。</translation>
    </message>
    <message>
        <source>%1: the kernel version must look like 4.8.</source>
        <translation>%1：内核版本的格式应类似 4.8。</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>包含条件</translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation>排除条件</translation>
    </message>
</context>
<context>
    <name>Sysfence::SeccompCapabilitiesDialog</name>
    <message>
        <source>Seccomp vs Capabilities</source>
        <translation>Seccomp 与能力</translation>
    </message>
    <message>
        <source>Try it on the open profile</source>
        <translation>在当前打开的配置上试一试</translation>
    </message>
    <message>
        <source>Capability:</source>
        <translation>能力：</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation>去除 %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>The target is --privileged: there is no seccomp filter, so capabilities decide alone.</source>
        <translation>目标环境为 --privileged：没有 seccomp 过滤器，因此仅由能力决定。</translation>
    </message>
    <message>
        <source>Adding or dropping %1 changes nothing in this profile&apos;s rules.</source>
        <translation>添加或去除 %1 对此配置的规则没有任何影响。</translation>
    </message>
    <message>
        <source>With %1 granted (as now), the profile allows: &lt;b&gt;%2&lt;/b&gt;. Dropping it blocks them again.</source>
        <translation>授予 %1 时（即当前状态），此配置允许：&lt;b&gt;%2&lt;/b&gt;。去除它会重新阻止这些调用。</translation>
    </message>
    <message>
        <source>Granting %1 would make the profile allow: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>授予 %1 将使此配置允许：&lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>The kernel checks %1 in: %2.</source>
        <translation>内核在以下系统调用中检查 %1：%2。</translation>
    </message>
</context>
<context>
    <name>Sysfence::SeccompProfileYaml</name>
    <message>
        <source>%1 is not a field of the SeccompProfile CRD: Kubernetes drops it.</source>
        <translation>%1 不是 SeccompProfile CRD 的字段：Kubernetes 会丢弃它。</translation>
    </message>
    <message>
        <source>%1 is not a field of the SeccompProfile CRD — did you mean %2? Kubernetes drops it.</source>
        <translation>%1 不是 SeccompProfile CRD 的字段——您是想写 %2 吗？Kubernetes 会丢弃它。</translation>
    </message>
    <message>
        <source>YAML syntax error: %1.</source>
        <translation>YAML 语法错误：%1。</translation>
    </message>
    <message>
        <source>Document %1 expands to more than %2 values (through aliases?); it is not read.</source>
        <translation>文档 %1 展开后超过 %2 个值（通过别名？）；不予读取。</translation>
    </message>
    <message>
        <source>Document %1 is not a Kubernetes object; skipped.</source>
        <translation>文档 %1 不是 Kubernetes 对象；已跳过。</translation>
    </message>
    <message>
        <source>Document %1 is a %2, not a SeccompProfile; skipped.</source>
        <translation>文档 %1 是 %2，不是 SeccompProfile；已跳过。</translation>
    </message>
    <message>
        <source>Unknown kind %1 — did you mean %2?</source>
        <translation>未知的 kind %1——您是想写 %2 吗？</translation>
    </message>
    <message>
        <source>“kind” must be the string %1.</source>
        <translation>“kind”必须是字符串 %1。</translation>
    </message>
    <message>
        <source>The document has no “kind”; a SeccompProfile needs “kind: SeccompProfile”.</source>
        <translation>文档没有“kind”；SeccompProfile 需要“kind: SeccompProfile”。</translation>
    </message>
    <message>
        <source>The document has no “apiVersion”; expected %1.</source>
        <translation>文档没有“apiVersion”；应为 %1。</translation>
    </message>
    <message>
        <source>apiVersion %1 is not the Security Profiles Operator&apos;s; expected %2.</source>
        <translation>apiVersion %1 不属于 Security Profiles Operator；应为 %2。</translation>
    </message>
    <message>
        <source>apiVersion %1 is not the Security Profiles Operator&apos;s — did you mean %2?</source>
        <translation>apiVersion %1 不属于 Security Profiles Operator——您是想写 %2 吗？</translation>
    </message>
    <message>
        <source>Unknown version %1 of %2; Sysfence reads v1alpha1, v1beta1 and v1.</source>
        <translation>%2 的未知版本 %1；Sysfence 可读取 v1alpha1、v1beta1 和 v1。</translation>
    </message>
    <message>
        <source>The SeccompProfile has no “metadata.name”.</source>
        <translation>该 SeccompProfile 没有“metadata.name”。</translation>
    </message>
    <message>
        <source>“spec” must be a mapping.</source>
        <translation>“spec”必须是映射。</translation>
    </message>
    <message>
        <source>The SeccompProfile has no “spec”.</source>
        <translation>该 SeccompProfile 没有“spec”。</translation>
    </message>
    <message>
        <source>The file holds no SeccompProfile (kind: SeccompProfile, apiVersion %1).</source>
        <translation>该文件不含 SeccompProfile（kind: SeccompProfile，apiVersion %1）。</translation>
    </message>
    <message>
        <source>%1 is not a valid Kubernetes name: use lowercase letters, digits, “-” and “.”, starting and ending with a letter or digit.</source>
        <translation>%1 不是有效的 Kubernetes 名称：请使用小写字母、数字、“-”和“.”，并以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>The profile has no valid defaultAction.</source>
        <translation>该配置没有有效的 defaultAction。</translation>
    </message>
    <message>
        <source>The SeccompProfile CRD has no defaultErrnoRet, so the default action would return EPERM instead of %1 (errno %2). Export to OCI instead, or set the default&apos;s errno to EPERM.</source>
        <translation>SeccompProfile CRD 没有 defaultErrnoRet，因此默认动作会返回 EPERM 而不是 %1（errno %2）。请改为导出到 OCI，或把默认动作的 errno 设为 EPERM。</translation>
    </message>
    <message>
        <source>defaultErrnoRet %1 dropped: the CRD has no such field, and EPERM is what the runtime uses without it.</source>
        <translation>已丢弃 defaultErrnoRet %1：CRD 没有该字段，而运行时在没有它时使用的就是 EPERM。</translation>
    </message>
    <message>
        <source>Architecture %1 dropped: the CRD does not accept it.</source>
        <translation>已丢弃架构 %1：CRD 不接受它。</translation>
    </message>
    <message>
        <source>Rule %1 has no valid action.</source>
        <translation>规则 %1 没有有效的动作。</translation>
    </message>
    <message>
        <source>Rule %1 (%2) returns errno 0, which the CRD cannot express: it treats 0 as unset (EPERM).</source>
        <translation>规则 %1（%2）返回 errno 0，而 CRD 无法表达：它把 0 视为未设置（EPERM）。</translation>
    </message>
    <message>
        <source>Rule %1 (%2) has an argument without a valid op.</source>
        <translation>规则 %1（%2）有一个参数没有有效的 op。</translation>
    </message>
    <message>
        <source>Cannot write YAML: %1.</source>
        <translation>无法写出 YAML：%1。</translation>
    </message>
</context>
<context>
    <name>Sysfence::SyscallInfo</name>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>具有 %1 时</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>在 %1 上</translation>
    </message>
    <message>
        <source>on kernel %1 or later</source>
        <translation>内核 %1 或更高版本</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>不具有 %1 时</translation>
    </message>
    <message>
        <source>except on %1</source>
        <translation>%1 除外</translation>
    </message>
    <message>
        <source>for some arguments</source>
        <translation>仅限部分参数</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Sysfence::SyscallTableModel</name>
    <message>
        <source>Syscall</source>
        <translation>系统调用</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Errno</source>
        <translation>Errno</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>no filter (privileged)</source>
        <translation>无过滤器（特权）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) with includes/excludes, %1 active for this target</source>
        <translation>
            <numerusform>%n 条规则带有包含/排除条件（includes/excludes），其中 %1 条对此目标环境生效</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Sysfence::SyscallVerdict</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>%1 unless: %2</source>
        <translation>%1，除非：%2</translation>
    </message>
</context>
<context>
    <name>Sysfence::Target</name>
    <message>
        <source>unknown architecture “%1”.</source>
        <translation>未知架构“%1”。</translation>
    </message>
    <message>
        <source>unknown architecture “%1” — did you mean “%2”?</source>
        <translation>未知架构“%1”——您是指“%2”吗？</translation>
    </message>
    <message>
        <source>kernel version “%1” is not of the form 5.10.</source>
        <translation>内核版本“%1”不符合 5.10 这样的格式。</translation>
    </message>
    <message>
        <source>“default” must come first in the capability list.</source>
        <translation>“default”必须位于能力列表的开头。</translation>
    </message>
    <message>
        <source>unknown capability “%1”.</source>
        <translation>未知能力“%1”。</translation>
    </message>
    <message>
        <source>unknown capability “%1” — did you mean “%2”?</source>
        <translation>未知能力“%1”——您是指“%2”吗？</translation>
    </message>
</context>
<context>
    <name>Sysfence::TestSyscallDialog</name>
    <message>
        <source>Test a Syscall</source>
        <translation>测试系统调用</translation>
    </message>
    <message>
        <source>name or number</source>
        <translation>名称或编号</translation>
    </message>
    <message>
        <source>Syscall:</source>
        <translation>系统调用：</translation>
    </message>
    <message>
        <source>arg%1</source>
        <translation>arg%1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Instructions executed by the filter:</source>
        <translation>过滤器执行的指令：</translation>
    </message>
    <message>
        <source>Type a syscall.</source>
        <translation>请输入一个系统调用。</translation>
    </message>
    <message>
        <source>SCMP_ACT_ALLOW — --privileged loads no filter</source>
        <translation>SCMP_ACT_ALLOW——--privileged 不加载任何过滤器</translation>
    </message>
    <message>
        <source>“%1” is not a syscall on %2.</source>
        <translation>“%1” 在 %2 上不是系统调用。</translation>
    </message>
    <message>
        <source>arg%1: “%2” is not a number or a known name.</source>
        <translation>arg%1：“%2” 不是数字，也不是已知的名称。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop editor for Linux seccomp profiles.</source>
        <translation>Linux seccomp 配置文件桌面编辑器。</translation>
    </message>
    <message>
        <source>Render the window at 1400×900 into PNG and exit.</source>
        <translation>将窗口以 1400×900 渲染为 PNG 后退出。</translation>
    </message>
    <message>
        <source>Select a syscall at start (for screenshots).</source>
        <translation>启动时选中一个系统调用（用于截图）。</translation>
    </message>
    <message>
        <source>Start on a built-in profile: docker-default, strict, audit or empty.</source>
        <translation>启动时打开内置配置：docker-default、strict、audit 或 empty。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation>用户界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Profile to open.</source>
        <translation>要打开的配置文件。</translation>
    </message>
    <message>
        <source>Unsaved changes left by a crash: ask, yes (restore) or no (discard).</source>
        <translation>崩溃后遗留的未保存更改：ask（询问）、yes（恢复）或 no（放弃）。</translation>
    </message>
</context>
</TS>
