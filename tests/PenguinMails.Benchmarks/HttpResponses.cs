namespace PenguinMails.Benchmarks;

internal static class HttpResponses
{
    /// <summary>Like EnsureSuccessStatusCode, but a failed run says what the API answered.</summary>
    public static async Task<HttpResponseMessage> EnsureSuccessAsync(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        if (!response.IsSuccessStatusCode)
        {
            var request = response.RequestMessage;
            throw new HttpRequestException($"{request?.Method} {request?.RequestUri?.PathAndQuery}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }
}
