import { useIsAdmin } from "../../app/session";
import { NotificationsSection } from "./NotificationsSection";
import { TokensSection } from "./TokensSection";
import { UsersSection } from "./UsersSection";
import { WarehouseSection } from "./WarehouseSection";

export default function SettingsPage() {
  const isAdmin = useIsAdmin();
  return (
    <>
      <h1>Settings</h1>
      <nav aria-label="Settings sections">
        <ul className="nav">
          {isAdmin && <li><a href="#users">Users</a></li>}
          <li><a href="#tokens">API tokens</a></li>
          <li><a href="#notifications">Notifications</a></li>
          {isAdmin && <li><a href="#warehouse">SQL access</a></li>}
        </ul>
      </nav>
      {isAdmin && <UsersSection />}
      <TokensSection />
      <NotificationsSection />
      {isAdmin && <WarehouseSection />}
    </>
  );
}
