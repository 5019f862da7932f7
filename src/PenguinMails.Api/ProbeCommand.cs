namespace PenguinMails.Api;

/// <summary>
/// <c>PenguinMails.Api probe URL</c>: exits 0 when the URL answers 2xx within three seconds, 1 otherwise. The
/// container's health check (the runtime image has no curl).
/// </summary>
internal static class ProbeCommand
{
    public static async Task<int> RunAsync(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            Console.Error.WriteLine($"{url}: {exception.Message}");
            return 1;
        }
    }
}
