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
    public static async Task<IReadOnlyList<(string Name, byte[] Content)>> ReadAsync(HttpRequest request, CancellationToken cancel)
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
        catch (InvalidDataException)
        {
            throw TooLarge();
        }
        if (form.Files.Count == 0)
            throw new UploadRefused(StatusCodes.Status400BadRequest, "Er zijn geen bestanden meegestuurd. Kies of sleep de ingevulde werkmappen.");
        if (form.Files.Count > WebLimits.MaxFiles)
            throw new UploadRefused(StatusCodes.Status400BadRequest,
                $"Er zijn {form.Files.Count} bestanden meegestuurd; het maximum is {WebLimits.MaxFiles}. Stuur alleen de belangenkaarten en het krachtenveld.");
        var result = new List<(string, byte[])>();
        foreach (var file in form.Files)
        {
            using var buffer = new MemoryStream((int)Math.Min(file.Length, WebLimits.MaxRequestBytes));
            await file.CopyToAsync(buffer, cancel);
            result.Add((DisplayName(file.FileName), buffer.ToArray()));
        }
        return result;
    }

    /// <summary>The name as shown to the user: the last path segment, without control characters, never empty.</summary>
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
        var result = clean.ToString().Trim().TrimStart('.');
        if (result.Length > 120)
            result = result[..120];
        return result.Length == 0 ? "werkmap.xlsx" : result;
    }

    private static UploadRefused TooLarge() => new(StatusCodes.Status413PayloadTooLarge,
        $"De bestanden zijn samen groter dan {WebLimits.MaxRequestBytes / (1024 * 1024)} MB. Een ingevulde belangenkaart is meestal kleiner dan 1 MB; haal grote afbeeldingen uit de werkmappen.");
}
