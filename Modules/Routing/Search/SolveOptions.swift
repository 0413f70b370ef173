/// How long and how a solver may search.
public struct SolveOptions: Sendable {
    /// Wall-clock budget in seconds for the metaheuristics; the exact day solver ignores it.
    public var timeLimit: Double
    /// The same seed, problem and iteration count give the same answer.
    public var seed: UInt64
    /// Stop after this many search iterations even with time left (reproducible runs).
    public var iterationLimit: Int?
    /// Days with at most this many stops are solved exactly.
    public var exactStopLimit: Int
    /// Called now and then with the best travel so far and the fraction of the budget used.
    public var progress: (@Sendable (Double, Double) -> Void)?
    /// Asked now and then; true ends the search early with the best answer so far (Ctrl-C).
    public var isCancelled: (@Sendable () -> Bool)?

    public init(timeLimit: Double = 1, seed: UInt64 = 1, iterationLimit: Int? = nil,
                exactStopLimit: Int = 12, progress: (@Sendable (Double, Double) -> Void)? = nil,
                isCancelled: (@Sendable () -> Bool)? = nil) {
        self.timeLimit = timeLimit
        self.seed = seed
        self.iterationLimit = iterationLimit
        self.exactStopLimit = exactStopLimit
        self.progress = progress
        self.isCancelled = isCancelled
    }
}
