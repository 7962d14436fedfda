using System.Net;

namespace FocalBot.Bot.Protocol;

/// The caller's address as the socket gave it, kept before anything else runs. Forwarded-headers handling (turned on
/// by ASPNETCORE_FORWARDEDHEADERS_ENABLED behind a proxy) replaces Connection.RemoteIpAddress with what X-Forwarded-For
/// claims, which any caller can write; the local anonymous mode must rest on the socket alone.
public sealed record SocketAddress(IPAddress? Remote)
{
    public bool IsLoopback => Remote is { } ip && IPAddress.IsLoopback(ip);

    /// Registers the first middleware of the pipeline, which records the address.
    public static void Capture(IServiceCollection services) => services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, Filter>());

    public static SocketAddress? Of(HttpContext http) => http.Features.Get<SocketAddress>();

    sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, then) =>
            {
                http.Features.Set(new SocketAddress(http.Connection.RemoteIpAddress));
                return then(http);
            });
            next(app);
        };
    }
}
