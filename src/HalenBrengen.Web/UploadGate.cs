using Microsoft.AspNetCore.Http;

namespace HalenBrengen.Web;

/// <summary>
/// Bounds the requests that hold workbooks at once. Each one keeps its upload in memory (up to
/// <see cref="WebLimits.MaxRequestBytes"/>) and generating takes a core, so a slot is taken before the
/// upload is read: memory stays bounded however many requests arrive. A request that gets no slot
/// within the wait is told, in Dutch, that it is busy.
/// </summary>
public sealed class UploadGate(int slots, TimeSpan wait)
{
    private readonly SemaphoreSlim _slots = new(slots);

    public async Task<IResult> RunAsync(HttpContext context, Func<IReadOnlyList<HalenBrengen.App.FileContent>, IResult> work)
    {
        if (!await _slots.WaitAsync(wait, context.RequestAborted))
        {
            context.Response.Headers.RetryAfter = "60";
            return Results.Json(new MessageJson("Het is even te druk: HalenBrengen verwerkt al andere werkmappen. Probeer het over een minuut opnieuw."),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        try
        {
            return work(await Uploads.ReadAsync(context.Request, context.RequestAborted));
        }
        finally
        {
            _slots.Release();
        }
    }
}
