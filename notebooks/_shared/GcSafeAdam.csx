// Adam for the notebooks, the same arithmetic as TorchSharp 0.107's optim.Adam (bit for bit), without its
// use-after-free. TorchSharp's Adam.step turns doubles into Scalar objects on the fly (beta1, 1 - beta1, eps,
// the step size...) and hands their native handles to libtorch without keeping the Scalars alive: a garbage
// collection started by another thread while libtorch runs lets the finalizer thread free a Scalar that
// libtorch is about to read. Then the step either throws ("Unknown scalar type") or, silently, uses a garbage
// value, and the model's weights can turn into NaN: mlp-vs-cnn.ipynb once published a CNN at 8.7 %, which is
// the share of the test set's zeros, the class argmax picks when every score is NaN. Here every Scalar is
// held by a `using` until the step has finished with it.
// A notebook loads it with `#!import _shared/GcSafeAdam.csx` after its `#r "nuget: TorchSharp-cpu, …"` cell.
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

public sealed class GcSafeAdam
{
    private readonly Parameter[] parameters;
    private readonly Tensor[] means;
    private readonly Tensor[] squares;
    private readonly double beta1;
    private readonly double beta2;
    private readonly double epsilon;
    private long steps;

    public GcSafeAdam(IEnumerable<Parameter> parameters, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
    {
        this.parameters = parameters.ToArray();
        means = this.parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        squares = this.parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /// <summary>Sets every parameter's gradient to zero, as before each backward pass.</summary>
    public void ZeroGrad()
    {
        foreach (var p in parameters)
        {
            using var grad = p.grad;
            grad?.zero_();
        }
    }

    /// <summary>One update with the given learning rate (the caller owns the schedule).</summary>
    public void Step(double learningRate)
    {
        steps++;
        var correction1 = 1 - Math.Pow(beta1, steps);
        var correction2 = 1 - Math.Pow(beta2, steps);
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        using Scalar b1 = beta1, oneMinusB1 = 1 - beta1, b2 = beta2, oneMinusB2 = 1 - beta2, eps = epsilon, one = 1,
                     rootCorrection2 = Math.Sqrt(correction2), stepSize = -(learningRate / correction1);
        for (var i = 0; i < parameters.Length; i++)
        {
            var grad = parameters[i].grad;
            if (grad is null) continue;
            means[i].mul_(b1).add_(grad, oneMinusB1);
            squares[i].mul_(b2).addcmul_(grad, grad.conj(), oneMinusB2);
            var denominator = squares[i].sqrt().div(rootCorrection2).add_(eps, one);
            parameters[i].addcdiv_(means[i], denominator, stepSize);
        }
    }
}
