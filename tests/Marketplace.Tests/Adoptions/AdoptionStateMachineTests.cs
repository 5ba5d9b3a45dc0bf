using Marketplace.Web.Features.Adoptions;
using static Marketplace.Web.Features.Adoptions.AdoptionSide;
using static Marketplace.Web.Features.Adoptions.AdoptionState;

namespace Marketplace.Tests.Adoptions;

public sealed class AdoptionStateMachineTests
{
    // The life of an adoption, written out independently of the table under test.
    private static readonly (AdoptionState From, AdoptionState To, AdoptionSide By, bool Reason)[] Allowed =
    [
        (Diajukan, Disetujui, Owner, false),
        (Diajukan, Ditolak, Owner, true),
        (Diajukan, Dihentikan, Adopter, true),
        (Disetujui, Perencanaan, Adopter, false),
        (Disetujui, Dihentikan, Adopter, true),
        (Disetujui, Dihentikan, Owner, true),
        (Perencanaan, Berjalan, Adopter, false),
        (Perencanaan, Dihentikan, Adopter, true),
        (Perencanaan, Dihentikan, Owner, true),
        (Berjalan, Dihentikan, Adopter, true),
        (Berjalan, Dihentikan, Owner, true),
    ];

    public static TheoryData<AdoptionState, AdoptionState, AdoptionSide, bool> AllowedMoves()
    {
        var data = new TheoryData<AdoptionState, AdoptionState, AdoptionSide, bool>();
        foreach (var (from, to, by, reason) in Allowed)
        {
            data.Add(from, to, by, reason);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Every_allowed_move_exists_for_its_side_with_its_reason_rule(AdoptionState from, AdoptionState to, AdoptionSide by, bool reasonRequired)
    {
        var move = AdoptionStateMachine.Find(from, to, by);

        Assert.NotNull(move);
        Assert.Equal(reasonRequired, move.ReasonRequired);
        Assert.True(AdoptionStateMachine.Exists(from, to));
        Assert.Contains(AdoptionStateMachine.Available(from, [by]), t => t.To == to);
    }

    [Fact]
    public void There_are_no_other_moves() =>
        Assert.Equal(
            Allowed.Select(a => (a.From, a.To, a.By, a.Reason)).Order(),
            AdoptionStateMachine.Transitions.Select(t => (t.From, t.To, t.By, t.ReasonRequired)).Order());

    [Theory]
    [InlineData(Diajukan, Berjalan)]
    [InlineData(Diajukan, Perencanaan)]
    [InlineData(Diajukan, Diajukan)]
    [InlineData(Disetujui, Berjalan)]
    [InlineData(Disetujui, Diajukan)]
    [InlineData(Disetujui, Ditolak)]
    [InlineData(Perencanaan, Disetujui)]
    [InlineData(Berjalan, Perencanaan)]
    [InlineData(Ditolak, Diajukan)]
    [InlineData(Ditolak, Disetujui)]
    [InlineData(Dihentikan, Berjalan)]
    [InlineData(Dihentikan, Diajukan)]
    public void Moves_out_of_order_do_not_exist_for_anyone(AdoptionState from, AdoptionState to)
    {
        Assert.False(AdoptionStateMachine.Exists(from, to));
        Assert.Null(AdoptionStateMachine.Find(from, to, Owner));
        Assert.Null(AdoptionStateMachine.Find(from, to, Adopter));
    }

    [Theory]
    [InlineData(Diajukan, Disetujui, Adopter)]
    [InlineData(Diajukan, Ditolak, Adopter)]
    [InlineData(Diajukan, Dihentikan, Owner)]
    [InlineData(Disetujui, Perencanaan, Owner)]
    [InlineData(Perencanaan, Berjalan, Owner)]
    public void Moves_of_the_other_side_are_not_yours(AdoptionState from, AdoptionState to, AdoptionSide by)
    {
        Assert.True(AdoptionStateMachine.Exists(from, to));
        Assert.Null(AdoptionStateMachine.Find(from, to, by));
        Assert.DoesNotContain(AdoptionStateMachine.Available(from, [by]), t => t.To == to);
    }

    [Theory]
    [InlineData(Ditolak)]
    [InlineData(Dihentikan)]
    public void Final_states_offer_nothing(AdoptionState state)
    {
        Assert.True(AdoptionStateMachine.IsFinal(state));
        Assert.Empty(AdoptionStateMachine.Available(state, [Owner, Adopter]));
    }

    [Fact]
    public void Open_states_run_from_the_request_to_running()
    {
        Assert.Equal([Diajukan, Disetujui, Perencanaan, Berjalan], Enum.GetValues<AdoptionState>().Where(AdoptionStateMachine.IsOpen));
        Assert.DoesNotContain(Berjalan, AdoptionStateMachine.InProgressStates);
    }

    [Fact]
    public void Someone_on_both_sides_sees_each_target_once()
    {
        var moves = AdoptionStateMachine.Available(Perencanaan, [Owner, Adopter]);

        Assert.Equal([Berjalan, Dihentikan], moves.Select(m => m.To).Order());
    }

    [Fact]
    public void Stopping_and_declining_always_need_a_reason() =>
        Assert.All(AdoptionStateMachine.Transitions.Where(t => t.To is Ditolak or Dihentikan), t => Assert.True(t.ReasonRequired));
}
