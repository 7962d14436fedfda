using FocalBot.Bot.Storage;

namespace FocalBot.Bot.Tests.Storage;

/// The one JSON form of the stores keeps what a record holds and nothing it computes.
public sealed class StoreJsonTests
{
    [Fact]
    public void A_computed_collection_stays_out_of_the_document_and_the_record_still_reads_back()
    {
        var request = RequestStoreContract.ARequest();

        var json = RequestJson.Write(request);

        Assert.DoesNotContain("questionNumbers", json);   // a read-only IEnumerable, which IgnoreReadOnlyProperties lets through
        Assert.Contains("\"questions\"", json);
        Assert.Equal(request.QuestionNumbers, RequestJson.ReadRequest(json, "1").QuestionNumbers);
    }
}
