using System.Text.Json;
using FocalBot.Bot.Storage;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;

namespace FocalBot.Bot.Tests.Storage;

/// The one JSON form of the stores: codes as codes, and what a record holds, nothing it computes.
public sealed class StoreJsonTests
{
    [Fact]
    public void A_state_code_is_written_as_its_code()
    {
        var json = RequestJson.Write(RequestStoreContract.AnAnswer("fr"));

        Assert.Contains("\"stateCode\":\"FR\"", json);
    }

    [Fact]
    public void Codes_kept_in_lower_case_or_with_spaces_read_back_as_codes()
    {
        var written = RequestJson.Write(RequestStoreContract.ARequest() with { Audience = Audience.Of("DE", "LU") });
        var older = written.Replace("\"DE\"", "\"de\"").Replace("\"LU\"", "\" lu \"");

        var read = RequestJson.ReadRequest(older, "1");

        Assert.Equal([StateCode.Parse("DE"), StateCode.Parse("LU")], read.Audience.StateCodes);
        Assert.Equal("FR", RequestJson.ReadAnswer(RequestJson.Write(RequestStoreContract.AnAnswer()).Replace("\"FR\"", "\" fr\""), "1").StateCode.Value);
    }

    [Fact]
    public void A_document_written_before_a_request_said_who_receives_its_compilation_reads_with_the_defaults()
    {
        var request = RequestJson.Write(RequestStoreContract.ARequest());
        var answer = RequestJson.Write(RequestStoreContract.AnAnswer());
        Assert.Contains("\"recipients\":\"Audience\"", request);
        Assert.Contains("\"officeOnly\":false", answer);

        var older = RequestJson.ReadRequest(request.Replace("\"recipients\":\"Audience\",", "").Replace("\"releasedOn\":null,", ""), "1");
        var olderAnswer = RequestJson.ReadAnswer(answer.Replace("\"officeOnly\":false", "\"x\":0"), "1");

        Assert.Equal((CompilationRecipients.Audience, (DateOnly?)null), (older.Recipients, older.ReleasedOn));
        Assert.All(olderAnswer.Answers, a => Assert.False(a.OfficeOnly));
    }

    [Fact]
    public void A_blank_state_code_is_a_broken_document_not_a_state()
    {
        var blank = RequestJson.Write(RequestStoreContract.AnAnswer()).Replace("\"FR\"", "\" \"");

        Assert.Throws<JsonException>(() => RequestJson.ReadAnswer(blank, "1"));
    }

    [Fact]
    public void A_computed_collection_stays_out_of_the_document_and_the_record_still_reads_back()
    {
        var request = RequestStoreContract.ARequest();

        var json = RequestJson.Write(request);

        Assert.DoesNotContain("questionNumbers", json);   // a read-only IEnumerable, which IgnoreReadOnlyProperties lets through
        Assert.Contains("\"questions\"", json);
        Assert.Equal(request.QuestionNumbers, RequestJson.ReadRequest(json, "1").QuestionNumbers);
    }

    [Fact]
    public void A_document_written_before_annexes_existed_reads_back_with_none()
    {
        var request = RequestJson.Write(RequestStoreContract.ARequest());
        var answer = RequestJson.Write(RequestStoreContract.AnAnswer());
        Assert.Contains("\"documents\":[]", request);
        Assert.Contains("\"annexes\":[]", answer);

        Assert.Empty(RequestJson.ReadRequest(request.Replace(",\"documents\":[]", ""), "1").Documents);
        Assert.Empty(RequestJson.ReadAnswer(answer.Replace(",\"annexes\":[]", ""), "1").Annexes);
    }

    [Fact]
    public void An_annex_for_the_whole_answer_is_written_without_a_question()
    {
        var json = RequestJson.Write(RequestStoreContract.AnAnswer() with { Annexes = [RequestStoreContract.AnAnnex("a1", null, TimeSpan.Zero), RequestStoreContract.AnAnnex("a2", 3, TimeSpan.Zero)] });

        Assert.Contains("\"question\":null", json);
        Assert.Contains("\"question\":3", json);
        Assert.Equal([null, new QuestionNumber(3)], RequestJson.ReadAnswer(json, "1").Annexes.Select(a => a.Question));
    }
}
