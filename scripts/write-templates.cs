// Writes the committed blank forms (templates/) and the example coalition (templates/voorbeeld/) as the code
// writes them today, byte for byte what TemplateTests compares them with. Run from the repository's root:
//   dotnet run scripts/write-templates.cs
#:project ../src/HalenBrengen.Excel/HalenBrengen.Excel.csproj
using HalenBrengen.Excel.Templates;

foreach (var (name, content) in TemplateWriter.Templates())
    File.WriteAllBytes(Path.Combine("templates", name), content);
foreach (var (name, content) in TemplateWriter.Example())
    File.WriteAllBytes(Path.Combine("templates", "voorbeeld", name), content);
Console.WriteLine("templates/ en templates/voorbeeld/ opnieuw geschreven.");
