// The part of autocannon's programmatic API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram { average: number; p50: number; p99: number; max: number }
  interface RequestSpec { method?: string; path?: string; setupRequest?: (req: { path: string }) => { path: string } }
  interface Options { url: string; connections: number; duration?: number; amount?: number; requests?: RequestSpec[]; timeout?: number; pipelining?: number; headers?: Record<string, string> }
  interface Result { latency: Histogram; requests: Histogram & { total: number }; throughput: Histogram & { total: number }; non2xx: number; errors: number; timeouts: number; duration: number; statusCodeStats?: Record<string, { count: number }> }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
