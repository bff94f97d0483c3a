import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";

import { client, unwrap } from "../api/client";
import type { components } from "../api/schema";
import { getToken, subscribe } from "../api/session";

export type Role = components["schemas"]["Role"];

export function useToken(): string | null {
  return useSyncExternalStore(subscribe, getToken, getToken);
}

/** Who is signed in (GET /me): the role decides which buttons show. */
export function useMe() {
  const token = useToken();
  return useQuery({
    queryKey: ["me", token],
    queryFn: () => unwrap(client.GET("/api/v1/me")),
    enabled: token !== null,
    staleTime: 60_000,
  });
}

/** Members and admins change things; viewers only read. */
export function canWrite(role: Role | undefined): boolean {
  return role === "member" || role === "admin";
}

export function useCanWrite(): boolean {
  return canWrite(useMe().data?.role);
}

export function useIsAdmin(): boolean {
  return useMe().data?.role === "admin";
}
