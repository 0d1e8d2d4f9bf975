#include "bpfemulator.h"

#include <linux/filter.h>
#include <linux/seccomp.h>

#include <cstring>

namespace Sysfence {

namespace {
constexpr int MaxInstructions = 4096;
constexpr quint32 DataSize = sizeof(seccomp_data);

sock_filter instruction(const QByteArray &program, int index)
{
    sock_filter f{};
    std::memcpy(&f, program.constData() + static_cast<qsizetype>(index) * sizeof(sock_filter), sizeof(sock_filter));
    return f;
}
} // namespace

QString BpfEmulator::Result::action() const
{
    const quint32 data = value & SECCOMP_RET_DATA;
    switch (value & SECCOMP_RET_ACTION_FULL) {
    case SECCOMP_RET_KILL_PROCESS:
        return QStringLiteral("SCMP_ACT_KILL_PROCESS");
    case SECCOMP_RET_KILL_THREAD:
        return QStringLiteral("SCMP_ACT_KILL_THREAD");
    case SECCOMP_RET_TRAP:
        return QStringLiteral("SCMP_ACT_TRAP");
    case SECCOMP_RET_ERRNO:
        return QStringLiteral("SCMP_ACT_ERRNO(%1)").arg(data);
    case SECCOMP_RET_USER_NOTIF:
        return QStringLiteral("SCMP_ACT_NOTIFY");
    case SECCOMP_RET_TRACE:
        return QStringLiteral("SCMP_ACT_TRACE(%1)").arg(data);
    case SECCOMP_RET_LOG:
        return QStringLiteral("SCMP_ACT_LOG");
    case SECCOMP_RET_ALLOW:
        return QStringLiteral("SCMP_ACT_ALLOW");
    default:
        // The kernel treats unknown actions as KILL_PROCESS.
        return QStringLiteral("SCMP_ACT_KILL_PROCESS");
    }
}

BpfEmulator::Result BpfEmulator::run(const QByteArray &program, const Call &call)
{
    Result result;
    const int length = static_cast<int>(program.size() / static_cast<qsizetype>(sizeof(sock_filter)));
    if (length == 0 || program.size() % sizeof(sock_filter) != 0 || length > MaxInstructions) {
        result.error = tr("Not a BPF program of 1 to %1 instructions.").arg(MaxInstructions);
        return result;
    }
    seccomp_data data{};
    data.nr = call.nr;
    data.arch = call.arch;
    data.instruction_pointer = call.instructionPointer;
    for (int i = 0; i < 6; ++i) {
        data.args[i] = call.args[static_cast<size_t>(i)];
    }
    unsigned char bytes[DataSize];
    std::memcpy(bytes, &data, DataSize);

    quint32 a = 0;
    quint32 x = 0;
    quint32 memory[BPF_MEMWORDS] = {};
    int pc = 0;
    // Classic BPF only jumps forward, so at most `length` steps are taken.
    while (pc >= 0 && pc < length) {
        result.path.append(pc);
        const sock_filter f = instruction(program, pc);
        const quint16 code = f.code;
        const quint32 k = f.k;
        switch (BPF_CLASS(code)) {
        case BPF_LD:
            switch (BPF_MODE(code)) {
            case BPF_IMM:
                a = k;
                break;
            case BPF_ABS:
                if (BPF_SIZE(code) != BPF_W || k % 4 != 0 || k + 4 > DataSize) {
                    result.error = tr("Instruction %1 loads outside seccomp_data.").arg(pc);
                    return result;
                }
                std::memcpy(&a, bytes + k, 4);
                break;
            case BPF_MEM:
                a = memory[k % BPF_MEMWORDS];
                break;
            case BPF_LEN:
                a = DataSize;
                break;
            default:
                result.error = tr("Instruction %1 is not allowed in a seccomp filter.").arg(pc);
                return result;
            }
            break;
        case BPF_LDX:
            switch (BPF_MODE(code)) {
            case BPF_IMM:
                x = k;
                break;
            case BPF_MEM:
                x = memory[k % BPF_MEMWORDS];
                break;
            case BPF_LEN:
                x = DataSize;
                break;
            default:
                result.error = tr("Instruction %1 is not allowed in a seccomp filter.").arg(pc);
                return result;
            }
            break;
        case BPF_ST:
            memory[k % BPF_MEMWORDS] = a;
            break;
        case BPF_STX:
            memory[k % BPF_MEMWORDS] = x;
            break;
        case BPF_ALU: {
            const quint32 operand = BPF_SRC(code) == BPF_X ? x : k;
            switch (BPF_OP(code)) {
            case BPF_ADD:
                a += operand;
                break;
            case BPF_SUB:
                a -= operand;
                break;
            case BPF_MUL:
                a *= operand;
                break;
            case BPF_DIV:
                if (operand == 0) {
                    result.value = SECCOMP_RET_KILL_THREAD; // the kernel returns 0
                    result.ok = true;
                    return result;
                }
                a /= operand;
                break;
            case BPF_MOD:
                if (operand == 0) {
                    result.value = SECCOMP_RET_KILL_THREAD;
                    result.ok = true;
                    return result;
                }
                a %= operand;
                break;
            case BPF_OR:
                a |= operand;
                break;
            case BPF_AND:
                a &= operand;
                break;
            case BPF_XOR:
                a ^= operand;
                break;
            case BPF_LSH:
                a = operand >= 32 ? 0 : a << operand;
                break;
            case BPF_RSH:
                a = operand >= 32 ? 0 : a >> operand;
                break;
            case BPF_NEG:
                a = static_cast<quint32>(-static_cast<qint64>(a));
                break;
            default:
                result.error = tr("Instruction %1 has an unknown ALU operation.").arg(pc);
                return result;
            }
            break;
        }
        case BPF_JMP: {
            if (BPF_OP(code) == BPF_JA) {
                pc += 1 + static_cast<int>(k);
                continue;
            }
            const quint32 operand = BPF_SRC(code) == BPF_X ? x : k;
            bool taken = false;
            switch (BPF_OP(code)) {
            case BPF_JEQ:
                taken = a == operand;
                break;
            case BPF_JGT:
                taken = a > operand;
                break;
            case BPF_JGE:
                taken = a >= operand;
                break;
            case BPF_JSET:
                taken = (a & operand) != 0;
                break;
            default:
                result.error = tr("Instruction %1 has an unknown jump.").arg(pc);
                return result;
            }
            pc += 1 + (taken ? f.jt : f.jf);
            continue;
        }
        case BPF_RET:
            result.value = BPF_RVAL(code) == BPF_A ? a : k;
            result.ok = true;
            return result;
        case BPF_MISC:
            if (BPF_MISCOP(code) == BPF_TAX) {
                x = a;
            } else {
                a = x;
            }
            break;
        }
        ++pc;
    }
    result.error = tr("The program runs off its end without returning.");
    return result;
}

QString BpfEmulator::disassemble(const QByteArray &program, int index)
{
    if (index < 0 || static_cast<qsizetype>(index + 1) * sizeof(sock_filter) > static_cast<size_t>(program.size())) {
        return {};
    }
    const sock_filter f = instruction(program, index);
    const QString k = QStringLiteral("0x%1").arg(f.k, 0, 16);
    auto jump = [&](const char *op) {
        const QString src = BPF_SRC(f.code) == BPF_X ? QStringLiteral("x") : QStringLiteral("#") + k;
        return QStringLiteral("%1 %2, %3, %4")
            .arg(QLatin1String(op), src)
            .arg(index + 1 + f.jt)
            .arg(index + 1 + f.jf);
    };
    switch (BPF_CLASS(f.code)) {
    case BPF_LD:
        if (BPF_MODE(f.code) == BPF_ABS) {
            static const char *fields[] = {"nr", "arch", "ip.lo", "ip.hi"};
            const QString field = f.k < 16 ? QString::fromLatin1(fields[f.k / 4])
                                           : QStringLiteral("arg%1.%2").arg((f.k - 16) / 8).arg((f.k % 8) ? QStringLiteral("hi") : QStringLiteral("lo"));
            return QStringLiteral("ld [%1]").arg(field);
        }
        return QStringLiteral("ld %1").arg(k);
    case BPF_LDX:
        return QStringLiteral("ldx %1").arg(k);
    case BPF_ST:
        return QStringLiteral("st M[%1]").arg(f.k);
    case BPF_STX:
        return QStringLiteral("stx M[%1]").arg(f.k);
    case BPF_ALU:
        return QStringLiteral("alu 0x%1 %2").arg(BPF_OP(f.code), 0, 16).arg(k);
    case BPF_JMP:
        switch (BPF_OP(f.code)) {
        case BPF_JA:
            return QStringLiteral("ja %1").arg(index + 1 + static_cast<int>(f.k));
        case BPF_JEQ:
            return jump("jeq");
        case BPF_JGT:
            return jump("jgt");
        case BPF_JGE:
            return jump("jge");
        default:
            return jump("jset");
        }
    case BPF_RET: {
        Result r;
        r.value = f.k;
        return BPF_RVAL(f.code) == BPF_A ? QStringLiteral("ret a") : QStringLiteral("ret %1").arg(r.action());
    }
    default:
        return BPF_MISCOP(f.code) == BPF_TAX ? QStringLiteral("tax") : QStringLiteral("txa");
    }
}

} // namespace Sysfence
