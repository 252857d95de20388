using System.Text;
using HalenBrengen.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
if (DoubleClick.Applies(args, !Console.IsInputRedirected, !Console.IsOutputRedirected, Environment.GetEnvironmentVariable))
    return DoubleClick.Run(Console.Out, Console.In);
return CliApp.Run(args, Console.Out, Console.Error);
