using FluentValidation;
using NSubstitute;
using PenguinMails.BuildingBlocks.Application.Behaviors;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Persistence;

namespace PenguinMails.UnitTests.BuildingBlocks;

public sealed class PipelineBehaviorTests
{
    public sealed record RenameCommand(string NewName, string BillingAddressLine) : ICommand<int>;

    public sealed record ReadQuery : IQuery<int>;

    private sealed class RenameValidator : AbstractValidator<RenameCommand>
    {
        public RenameValidator()
        {
            RuleFor(c => c.NewName).NotEmpty();
            RuleFor(c => c.BillingAddressLine).MaximumLength(3);
        }
    }

    [Fact]
    public async Task Validation_WhenInvalid_ThrowsWithCamelCaseKeys_AndNeverCallsTheHandler()
    {
        var behavior = new ValidationBehavior<RenameCommand, int>([new RenameValidator()]);
        var called = false;

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            behavior.Handle(new RenameCommand("", "too long"), CancellationToken.None, () => { called = true; return Task.FromResult(1); }));

        Assert.Equal(["billingAddressLine", "newName"], error.Errors.Keys.Order());
        Assert.False(called);
    }

    [Fact]
    public async Task Validation_WhenValid_CallsTheHandler()
    {
        var behavior = new ValidationBehavior<RenameCommand, int>([new RenameValidator()]);
        Assert.Equal(7, await behavior.Handle(new RenameCommand("ok", "abc"), CancellationToken.None, () => Task.FromResult(7)));
    }

    [Fact]
    public async Task UnitOfWork_ForACommand_BeginsAndCommits()
    {
        var unitOfWork = Substitute.For<IUnitOfWork>();
        var behavior = new UnitOfWorkBehavior<RenameCommand, int>(unitOfWork);

        await behavior.Handle(new RenameCommand("a", "b"), CancellationToken.None, () => Task.FromResult(1));

        Received.InOrder(() =>
        {
            unitOfWork.BeginAsync(Arg.Any<CancellationToken>());
            unitOfWork.CommitAsync(Arg.Any<CancellationToken>());
        });
        await unitOfWork.DidNotReceive().RollbackAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task UnitOfWork_WhenTheHandlerFails_RollsBackAndRethrows()
    {
        var unitOfWork = Substitute.For<IUnitOfWork>();
        var behavior = new UnitOfWorkBehavior<RenameCommand, int>(unitOfWork);

        await Assert.ThrowsAsync<InvalidOperationException>(() => behavior.Handle(new RenameCommand("a", "b"), CancellationToken.None,
            () => throw new InvalidOperationException("handler failed")));

        await unitOfWork.Received(1).RollbackAsync(Arg.Any<CancellationToken>());
        await unitOfWork.DidNotReceive().CommitAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task UnitOfWork_ForAQuery_StartsNoTransaction()
    {
        var unitOfWork = Substitute.For<IUnitOfWork>();
        await new UnitOfWorkBehavior<ReadQuery, int>(unitOfWork).Handle(new ReadQuery(), CancellationToken.None, () => Task.FromResult(1));
        await unitOfWork.DidNotReceive().BeginAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task UnitOfWork_ForANestedCommand_JoinsTheActiveTransaction()
    {
        var unitOfWork = Substitute.For<IUnitOfWork>();
        unitOfWork.IsActive.Returns(true);
        await new UnitOfWorkBehavior<RenameCommand, int>(unitOfWork).Handle(new RenameCommand("a", "b"), CancellationToken.None, () => Task.FromResult(1));
        await unitOfWork.DidNotReceive().BeginAsync(Arg.Any<CancellationToken>());
        await unitOfWork.DidNotReceive().CommitAsync(Arg.Any<CancellationToken>());
    }
}
