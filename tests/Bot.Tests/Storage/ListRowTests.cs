using System.Text.Json.Nodes;
using FocalBot.Bot.Storage.SharePoint;

namespace FocalBot.Bot.Tests.Storage;

/// A list item as the stores read it.
public sealed class ListRowTests
{
    [Fact]
    public void Items_sort_in_the_order_sharepoint_created_them_and_an_id_that_is_no_number_sorts_last_without_failing()
    {
        ListRow Row(string id) => new(id, "\"e,1\"", new JsonObject());

        Assert.Equal([2L, 10L, long.MaxValue, long.MaxValue], new[] { Row("10"), Row("x-1"), Row("2"), Row("-3") }.Select(r => r.Sequence).Order());
    }
}
