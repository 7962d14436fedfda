namespace FocalBot.EndToEnd.Playground;

/// The demo network of playground/network.json, which the bot seeds in Development
/// (src/Bot/Members/DemoNetwork.cs). The fixture checks the Playground loaded the same ids.
public static class Demo
{
    public const string TenantId = "00000000-0000-4000-8000-000000000001";
    public const string BotId = "00000000-0000-0000-0000-00000000000011";
    public const string BotName = "FocalBot";

    public static readonly DemoUser Sophie = new("29:demo-sophie", "Sophie Laurent", "a0000000-0000-4000-8000-000000000001");
    public static readonly DemoUser Elise = new("29:demo-elise", "Élise Moreau", "a0000000-0000-4000-8000-000000000002");
    public static readonly DemoUser Jonas = new("29:demo-jonas", "Jonas Weber", "a0000000-0000-4000-8000-000000000003");
    public static readonly DemoUser Giulia = new("29:demo-giulia", "Giulia Rossi", "a0000000-0000-4000-8000-000000000004");
    public static readonly DemoUser Luc = new("29:demo-luc", "Luc Peeters", "a0000000-0000-4000-8000-000000000005");

    public const string PersonalChat = "a:demo-personal-sophie";
    public const string Team = "19:network-team@thread.tacv2";
    public const string RequestsChannel = "19:network-requests@thread.tacv2";
}

public sealed record DemoUser(string Id, string Name, string AadObjectId);
