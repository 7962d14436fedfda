using System.Text.Encodings.Web;
using System.Text.Json;

namespace FocalBot.EndToEnd.Playground;

public static class Json
{
    /// Keeps "Élise" and "Ce que…" readable in failure messages.
    public static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// How long the tests wait. Generous against a slow CI box; a passing turn takes milliseconds.
public static class Waits
{
    public static readonly TimeSpan Event = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan Start = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan Http = TimeSpan.FromSeconds(30);
}
