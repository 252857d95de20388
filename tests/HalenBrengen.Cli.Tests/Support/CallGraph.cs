using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace HalenBrengen.Cli.Tests.Support;

/// <summary>
/// Who calls what inside one assembly, read from its IL: every call, constructor call and delegate made
/// (ldftn) of every method, with a lambda, local function or iterator counted as the method it is written in.
/// </summary>
internal sealed class CallGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    private readonly List<(string Caller, MethodBase Callee)> _calls = [];

    public static CallGraph Of(Assembly assembly)
    {
        var graph = new CallGraph();
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                foreach (var callee in Callees(method))
                    graph._calls.Add((NameOf(method), callee));
            }
        }
        return graph;
    }

    /// <summary>The methods (as "Type.Method") that call a method <paramref name="callee"/> accepts, in ordinal order.</summary>
    public IReadOnlyList<string> CallersOf(Func<MethodBase, bool> callee) =>
        _calls.Where(c => callee(c.Callee)).Select(c => c.Caller).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>"Generator.Render" for Render itself and for a lambda written inside it.</summary>
    private static string NameOf(MethodBase method)
    {
        var type = method.DeclaringType!;
        var name = method.Name;
        while (type.IsDefined(typeof(CompilerGeneratedAttribute)) && type.DeclaringType is { } outer)
        {
            if (!name.StartsWith('<'))
                name = type.Name; // MoveNext of an iterator: the iterator's class is named for its method
            type = outer;
        }
        if (name.StartsWith('<'))
            name = name[1..name.IndexOf('>', StringComparison.Ordinal)];
        return $"{type.Name}.{name}";
    }

    /// <summary>Walks the IL opcode by opcode, each operand skipped by its size, and resolves the method tokens.</summary>
    private static IEnumerable<MethodBase> Callees(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            if (code.OperandType == OperandType.InlineMethod)
                yield return method.Module.ResolveMethod(BitConverter.ToInt32(il, at), typeArguments, methodArguments)!;
            at += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
                _ => 4,
            };
        }
    }
}
