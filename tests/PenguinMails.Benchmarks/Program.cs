using PenguinMails.Benchmarks;

// build/bench.sh runs "run"; "run" starts "serve" (the API with baseline routes) and "load" (the load generator)
// as processes of their own, so load never comes from inside the server.
return args switch
{
    ["serve", .. var rest] => await BaselineHost.ServeAsync(rest),
    ["load", .. var rest] => await LoadClient.RunAsync(rest),
    ["run", .. var rest] => await BenchmarkRun.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: PenguinMails.Benchmarks run [--out docs/benchmarks.md] [--seconds N] | serve --urls URL | load --url URL ...");
    return 2;
}
