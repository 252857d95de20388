using HalenBrengen.Excel.Tests.Support;
using Microsoft.Playwright;

namespace HalenBrengen.Tests.Shared;

/// <summary>
/// Debian's Chromium, driven by Playwright (browser downloads are impossible here). The flags keep it
/// off the network: on this machine background connections are refused, and a page may load nothing
/// from the internet anyway. Without Chromium the test says so and skips; under CI it fails.
/// </summary>
internal static class Browser
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromiumPackages = "Chromium (Debian-pakketten chromium en chromium-driver)";

    /// <summary>
    /// Chromium in the browser language <paramref name="locale"/>: Playwright's context Locale reaches
    /// pages but not their workers, where HalenBrengen runs; --accept-lang sets navigator.language and
    /// Intl's default everywhere.
    /// </summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync(string locale = "nl-NL")
    {
        if (!File.Exists(Chromium))
            ExternalTools.Missing(ChromiumPackages);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--accept-lang={locale}", $"--lang={locale}"],
        });
        return (playwright, browser);
    }
}
