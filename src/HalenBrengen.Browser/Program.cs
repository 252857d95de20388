namespace HalenBrengen.Browser;

/// <summary>
/// The entry point the WebAssembly SDK needs for an app; worker.js never runs it. The worker only
/// starts the runtime and calls <see cref="WorkerExports"/>, so there is nothing to do here.
/// </summary>
public static class Program
{
    public static void Main()
    {
    }
}
