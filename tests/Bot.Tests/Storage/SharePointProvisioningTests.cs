using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Domain.Members;
using Microsoft.Graph.Models;

namespace FocalBot.Bot.Tests.Storage;

public sealed class SharePointProvisioningTests
{
    readonly GraphTestSite _site = new();

    [Fact]
    public async Task The_first_start_creates_every_list_with_its_columns_indexed_where_the_stores_filter()
    {
        await _site.Lists.EnsureAsync(default);

        foreach (var spec in SharePointLists.All)
        {
            var list = _site.Emulator.List(_site.ListName(spec));
            Assert.NotNull(list);
            foreach (var column in spec.Columns)
            {
                var created = list.Column(column.Name);
                Assert.NotNull(created);
                Assert.Equal(column.Indexed, created["indexed"]!.GetValue<bool>());
                Assert.Equal(column.Unique, created["enforceUniqueValues"]?.GetValue<bool>() ?? false);
            }
        }
        Assert.Equal(
            ["FocalBot Members", "FocalBot Conversations", "FocalBot Activity ledger", "FocalBot Audit log", "FocalBot Deliveries", "FocalBot Job leases",
             "FocalBot Requests", "FocalBot Request numbers", "FocalBot Request answers",
             "FocalBot Meetings", "FocalBot Meeting answers", "FocalBot Agenda suggestions", "FocalBot External participants", "FocalBot Meeting attendance",
             "FocalBot Silence procedures", "FocalBot Rapporteur calls", "FocalBot Rapporteur nominations", "FocalBot Rapporteur mandates",
             "FocalBot Thematic groups", "FocalBot Summary reports", "FocalBot Report comments", "FocalBot Follow-up actions"],
            SharePointLists.All.Select(_site.ListName));
    }

    [Fact]
    public async Task The_keys_the_stores_look_up_are_indexed_and_unique()
    {
        await _site.Lists.EnsureAsync(default);

        string[] keys = ["FocalBot Members:MemberId", "FocalBot Members:IdentityKey", "FocalBot Conversations:ConversationId",
            "FocalBot Activity ledger:ActivityKey", "FocalBot Audit log:EntryId",
            "FocalBot Requests:RequestId", "FocalBot Requests:NumberKey", "FocalBot Request numbers:NumberKey", "FocalBot Request numbers:RequestId",
            "FocalBot Request answers:AnswerKey", "FocalBot Silence procedures:ProcedureId", "FocalBot Rapporteur calls:CallId",
            "FocalBot Rapporteur nominations:NominationKey", "FocalBot Rapporteur mandates:MandateId", "FocalBot Thematic groups:GroupId",
            "FocalBot Summary reports:MeetingId", "FocalBot Report comments:CommentId", "FocalBot Follow-up actions:ActionId"];
        foreach (var key in keys)
        {
            var column = _site.Emulator.List(key.Split(':')[0])!.Column(key.Split(':')[1])!;
            Assert.True(column["indexed"]!.GetValue<bool>() && column["enforceUniqueValues"]!.GetValue<bool>(), key);
        }
        Assert.True(_site.Emulator.List("FocalBot Conversations")!.IsIndexed("PersonalKey"));
        Assert.True(_site.Emulator.List("FocalBot Activity ledger")!.IsIndexed("ClaimedAt"));
        Assert.True(_site.Emulator.List("FocalBot Requests")!.IsIndexed("Status"));
        Assert.True(_site.Emulator.List("FocalBot Request numbers")!.IsIndexed("Year"));
        Assert.True(_site.Emulator.List("FocalBot Request answers")!.IsIndexed("Request"));
        Assert.True(_site.Emulator.List("FocalBot Rapporteur nominations")!.IsIndexed("CallId"));
        Assert.True(_site.Emulator.List("FocalBot Report comments")!.IsIndexed("MeetingId"));
        Assert.True(_site.Emulator.List("FocalBot Follow-up actions")!.IsIndexed("MeetingId"));
    }

    [Fact]
    public async Task The_request_lists_keep_their_documents_in_plain_multi_line_columns_never_indexed()
    {
        await _site.Lists.EnsureAsync(default);

        // Plain text, so the JSON is kept as written (a rich-text column holds HTML); SharePoint cannot index a note column.
        Assert.Equal(["Body", "Body2", "Body3", "Body4"], _site.Emulator.List("FocalBot Requests")!.Columns.Where(IsPlainMultiline).Select(c => (string?)c["name"]));
        Assert.Equal(22, _site.Emulator.List("FocalBot Request answers")!.Columns.Count(IsPlainMultiline));
        Assert.Equal(22, _site.Emulator.List("FocalBot Request answers")!.Columns.Count(c => c["text"]?["allowMultipleLines"]?.GetValue<bool>() == true));

        static bool IsPlainMultiline(System.Text.Json.Nodes.JsonObject c) =>
            c["text"]?["allowMultipleLines"]?.GetValue<bool>() == true && (string?)c["text"]!["textType"] == "plain" && c["indexed"]!.GetValue<bool>() == false;
    }

    [Fact]
    public async Task A_requests_list_from_before_gets_its_unique_number_column_and_more_answer_columns()
    {
        // The first layout: a plain Number column, four body columns for answers.
        var site = _site.Graph.Sites[GraphListEmulator.SiteId];
        await site.Lists.PostAsync(new List
        {
            DisplayName = "FocalBot Requests",
            Columns = [new ColumnDefinition { Name = "RequestId", Indexed = true, EnforceUniqueValues = true, Text = new TextColumn { MaxLength = 64 } },
                new ColumnDefinition { Name = "Number", Indexed = true, Text = new TextColumn { MaxLength = 16 } }],
        });
        await site.Lists.PostAsync(new List
        {
            DisplayName = "FocalBot Request answers",
            Columns = [.. new[] { "Body", "Body2", "Body3", "Body4" }.Select(n => new ColumnDefinition { Name = n, Text = new TextColumn { AllowMultipleLines = true, TextType = "plain" } })],
        });

        await _site.Lists.EnsureAsync(default);

        var requests = _site.Emulator.List("FocalBot Requests")!;
        Assert.True(requests.Column("NumberKey")!["enforceUniqueValues"]!.GetValue<bool>());
        Assert.NotNull(requests.Column("Number"));   // never removed
        Assert.NotNull(_site.Emulator.List("FocalBot Request answers")!.Column("Body11"));
    }

    [Fact]
    public async Task A_second_start_changes_nothing()
    {
        await _site.Lists.EnsureAsync(default);
        await _site.Members().SaveAsync(Support.AMember.Elise(), default);
        var before = _site.Emulator.Requests.Count;

        await _site.NewStart().EnsureAsync(default);

        Assert.DoesNotContain(_site.Emulator.Requests.Skip(before), r => r.IsWrite);
        Assert.Single(_site.Emulator.List("FocalBot Members")!.Items);
    }

    [Fact]
    public async Task An_existing_list_gets_its_missing_columns_and_indexes_and_keeps_its_items()
    {
        var old = await _site.Graph.Sites[GraphListEmulator.SiteId].Lists.PostAsync(new List
        {
            DisplayName = "FocalBot Members",
            Columns = [new ColumnDefinition { Name = "MemberId", Text = new TextColumn { MaxLength = 64 } }, new ColumnDefinition { Name = "Extra", Boolean = new BooleanColumn() }],
            ListProp = new ListInfo { Template = "genericList" },
        });
        await _site.Graph.Sites[GraphListEmulator.SiteId].Lists[old!.Id].Items.PostAsync(new ListItem
        {
            Fields = new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "Kept", ["MemberId"] = "m-kept" } },
        });

        await _site.Lists.EnsureAsync(default);

        var list = _site.Emulator.List("FocalBot Members")!;
        Assert.Equal(old.Id, list.Id);
        Assert.All(SharePointMemberDirectory.List.Columns, c => Assert.NotNull(list.Column(c.Name)));
        Assert.True(list.Column("MemberId")!["enforceUniqueValues"]!.GetValue<bool>());
        Assert.NotNull(list.Column("Extra"));
        Assert.Equal("Kept", Assert.Single(list.Items).Fields["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_new_choice_is_added_to_an_existing_choice_column()
    {
        await _site.Graph.Sites[GraphListEmulator.SiteId].Lists.PostAsync(new List
        {
            DisplayName = "FocalBot Members",
            Columns = [new ColumnDefinition { Name = "Role", Choice = new ChoiceColumn { Choices = ["FocalPoint"] } }],
        });

        await _site.Lists.EnsureAsync(default);

        var choices = _site.Emulator.List("FocalBot Members")!.Column("Role")!["choice"]!["choices"]!.AsArray().Select(c => (string?)c);
        Assert.Equal(Enum.GetNames<MemberRole>(), choices);
    }

    [Fact]
    public async Task The_list_prefix_names_the_lists()
    {
        _site.Options.ListPrefix = "Pilot";

        await _site.Lists.EnsureAsync(default);

        Assert.NotNull(_site.Emulator.List("Pilot Members"));
        Assert.Null(_site.Emulator.List("FocalBot Members"));
    }

    [Fact]
    public async Task With_only_the_write_role_provisioned_lists_are_used_as_they_are()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.RefusesSchemaChanges = true;
        var members = new SharePointMemberDirectory(_site.NewStart());

        Assert.IsType<Domain.Shared.SaveResult.Saved>(await members.SaveAsync(Support.AMember.Elise(), default));
    }

    [Fact]
    public async Task With_only_the_write_role_a_missing_list_stops_the_start_and_says_what_to_do()
    {
        _site.Emulator.RefusesSchemaChanges = true;

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => _site.Lists.EnsureAsync(default));

        Assert.Contains("FocalBot Members", refused.Message);
        Assert.Contains("owner", refused.Message);
    }

    [Fact]
    public async Task A_column_of_another_type_under_our_name_stops_the_start()
    {
        await _site.Graph.Sites[GraphListEmulator.SiteId].Lists.PostAsync(new List
        {
            DisplayName = "FocalBot Members",
            Columns = [new ColumnDefinition { Name = "IsLead", Text = new TextColumn() }],
        });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => _site.Lists.EnsureAsync(default));

        Assert.Contains("IsLead", refused.Message);
    }

    [Fact]
    public async Task A_failed_provisioning_is_tried_again_by_the_next_caller()
    {
        _site.Emulator.Fail(4, 503, retryAfter: TimeSpan.Zero);   // the first try and the SDK's three retries
        await Assert.ThrowsAnyAsync<Exception>(() => _site.Lists.EnsureAsync(default));

        await _site.Lists.EnsureAsync(default);

        Assert.NotNull(_site.Emulator.List("FocalBot Audit log"));
    }

    [Fact]
    public void The_README_documents_every_list_and_column()
    {
        var readme = File.ReadAllText(Support.Repo.PathTo("README.md"));
        var section = readme[readme.IndexOf("## Switching to SharePoint", StringComparison.Ordinal)..];

        foreach (var spec in SharePointLists.All)
        {
            Assert.Contains($"**{_site.ListName(spec)}**", section);
            Assert.All(spec.Columns, c => Assert.Contains($"`{c.Name}`", section));
        }
    }
}
