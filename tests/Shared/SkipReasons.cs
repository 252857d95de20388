using System.Runtime.CompilerServices;

namespace HalenBrengen.Tests.Shared;

/// <summary>
/// Prints why a test is skipped. <c>dotnet test</c> (VSTest's console logger at its default verbosity) shows
/// a skipped test's name but not the reason given to <c>Assert.Skip</c>; xUnit's diagnostic messages it does
/// show (tests/xunit.runner.json turns them on). So every dynamic skip, wherever it is raised (a tool check,
/// a fixture, <c>Assert.SkipWhen</c>), is caught as it is thrown and its reason sent as one diagnostic line:
/// "[xUnit.net …] Project: SKIPPED Class.Test: reason". Compiled into every test project by Directory.Build.props.
/// </summary>
internal static class SkipReasons
{
    // xUnit v3 marks a dynamic skip by this prefix on its SkipException's message (Xunit.Sdk.SkipException.ForSkip).
    private const string DynamicSkip = "$XunitDynamicSkip$";

    // An exception rethrown through awaits is seen once per throw, and one kept by a Lazy is thrown again in
    // every test that asks for the value: its reason is printed once per test.
    private static readonly ConditionalWeakTable<Exception, HashSet<string>> Printed = [];

    [ModuleInitializer]
    internal static void Listen() => AppDomain.CurrentDomain.FirstChanceException += (_, e) => Print(e.Exception);

    private static void Print(Exception exception)
    {
        if (exception.GetType().FullName != "Xunit.Sdk.SkipException")
            return;
        try
        {
            var context = TestContext.Current;
            var name = context.Test?.TestDisplayName ?? context.TestClass?.TestClassName ?? "a fixture";
            var printed = Printed.GetOrCreateValue(exception);
            lock (printed)
            {
                if (!printed.Add(name))
                    return;
            }
            var reason = exception.Message.StartsWith(DynamicSkip, StringComparison.Ordinal) ? exception.Message[DynamicSkip.Length..] : exception.Message;
            context.SendDiagnosticMessage($"SKIPPED {name}: {reason}");
        }
        catch (InvalidOperationException)
        {
            // No test context to report through (outside a test run): the runner still records the skip.
        }
    }
}
