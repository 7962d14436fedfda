using System.Text.Json;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Protocol;

public sealed class FileDownloadInfoTests
{
    [Fact]
    public void A_file_sent_in_the_personal_chat_is_read_past_the_html_attachment_beside_it()
    {
        var activity = JsonSerializer.Deserialize<Activity>(Payload.Load("personal-file").Json, ProtocolJson.Options)!;

        var file = Assert.Single(FileDownloadInfo.In(activity));

        Assert.Equal(("membres.csv", "csv"), (file.Name, file.FileType));
        Assert.StartsWith("https://coe-my.sharepoint.com/personal/", file.DownloadUrl);
    }

    [Fact]
    public void Without_file_type_the_extension_decides_and_without_url_there_is_no_file()
    {
        var activity = new Activity
        {
            Attachments =
            [
                new Attachment { ContentType = FileDownloadInfo.ContentType, Name = "Members.CSV", Content = new System.Text.Json.Nodes.JsonObject { ["downloadUrl"] = "https://x.sharepoint.com/f" } },
                new Attachment { ContentType = FileDownloadInfo.ContentType, Name = "other.csv", Content = new System.Text.Json.Nodes.JsonObject() },
            ],
        };

        Assert.Equal("csv", Assert.Single(FileDownloadInfo.In(activity)).FileType);
    }
}
