using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace HalenBrengen.Web;

/// <summary>An upload that cannot be taken, with the Dutch sentence and the HTTP status to answer with.</summary>
public sealed class UploadRefused(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>
/// Reads the uploaded workbooks into memory. Nothing is written to disk (the form reader buffers in
/// memory up to the request limit); an uploaded name is only ever shown, never used as a path.
/// </summary>
public static class Uploads
{
    public static async Task<IReadOnlyList<HalenBrengen.App.FileContent>> ReadAsync(HttpRequest request, CancellationToken cancel)
    {
        if (!request.HasFormContentType)
            throw new UploadRefused(StatusCodes.Status400BadRequest, "Stuur de werkmappen als formulier met bestanden (multipart/form-data).");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancel);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
        catch (BadHttpRequestException e)
        {
            throw Unreadable(e.StatusCode);
        }
        catch (InvalidDataException)
        {
            // A broken multipart body (no boundary, a part without headers, more than MaxFormEntries entries).
            throw Unreadable(StatusCodes.Status400BadRequest);
        }
        if (form.Files.Count == 0)
            throw new UploadRefused(StatusCodes.Status400BadRequest, "Er zijn geen bestanden meegestuurd. Kies of sleep de ingevulde werkmappen.");
        if (form.Files.Count > WebLimits.MaxFiles)
            throw new UploadRefused(StatusCodes.Status400BadRequest,
                $"Er zijn {form.Files.Count} bestanden meegestuurd; het maximum is {WebLimits.MaxFiles}. Stuur alleen de belangenkaarten en het krachtenveld.");
        var result = new List<HalenBrengen.App.FileContent>();
        foreach (var file in form.Files)
        {
            // Copied once, at its known length (at most the request limit), out of the form's buffer.
            var content = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
                await stream.ReadExactlyAsync(content, cancel);
            result.Add(new HalenBrengen.App.FileContent(DisplayName(file.FileName), content));
        }
        return result;
    }

    /// <summary>Longest name shown, in characters as a reader sees them (text elements).</summary>
    public const int MaxNameLength = 120;

    /// <summary>
    /// The name as shown to the user: the last path segment, without control characters, never empty.
    /// A leading dot stays, so the reader skips "._kaart.xlsx" (macOS) and "~$kaart.xlsx" (Office's lock
    /// file) exactly as the command line does. A long name is cut between characters, keeping its extension.
    /// </summary>
    public static string DisplayName(string? uploaded)
    {
        var name = (uploaded ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var clean = new StringBuilder();
        foreach (var c in name)
        {
            if (!char.IsControl(c))
                clean.Append(c);
        }
        var result = clean.ToString().Trim();
        if (result is "" or "." or "..")
            return "werkmap.xlsx";
        var info = new StringInfo(result);
        if (info.LengthInTextElements <= MaxNameLength)
            return result;
        var extension = Path.GetExtension(result);
        if (extension.Length > 10)
            extension = "";
        var stem = new StringInfo(result[..^extension.Length]);
        return stem.SubstringByTextElements(0, Math.Min(stem.LengthInTextElements, MaxNameLength - extension.Length)) + extension;
    }

    private static UploadRefused Unreadable(int status) => new(status,
        "Het formulier met de bestanden kon niet gelezen worden. Kies de werkmappen opnieuw en probeer het nog eens.");

    private static UploadRefused TooLarge() => new(StatusCodes.Status413PayloadTooLarge,
        $"De bestanden zijn samen groter dan {WebLimits.MaxRequestBytes / (1024 * 1024)} MB. Een ingevulde belangenkaart is meestal kleiner dan 1 MB; haal grote afbeeldingen uit de werkmappen.");
}
