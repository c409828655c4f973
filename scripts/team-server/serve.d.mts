export interface TeamServer {
  origin: string;
  admin: { name: string; password: string };
  stop(): Promise<void>;
}
export function startTeamServer(options?: {
  dir?: string;
  port?: number;
  admin?: { name: string; password: string };
}): Promise<TeamServer>;
