using FocalBot.Bot;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage;

// Settings ship beside the binary, so the bot starts the same from any working folder (data paths stay relative to it).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddProtocol();   // Protocol/ProtocolSetup.cs
builder.AddStorage();    // Storage/StorageSetup.cs: "Storage:Kind" = Sqlite | SharePoint
builder.AddFeatures();   // Features.cs: each feature's routes

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapMessages("/api/messages").RequireAuthorization(BotAuth.Policy);   // without it, a call with no token gets in
app.MapGet("/healthz", () => Results.Ok());                              // bare liveness
app.MapExports();                                                        // Exports/ExportSetup.cs: signed links to local files

app.Run();
