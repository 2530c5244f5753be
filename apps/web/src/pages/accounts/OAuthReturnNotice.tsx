import { useSearchParams } from 'react-router';
import { StatusMessage } from '../../components/StatusMessage.tsx';

/** After "Sign in with X" the server sends the browser back here with the outcome in the query. */
export function OAuthReturnNotice() {
  const [params] = useSearchParams();
  const error = params.get('error');
  if (error) {
    return (
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
        The account was not connected: {error}
      </p>
    );
  }
  return params.get('connected') ? <StatusMessage>The account is connected.</StatusMessage> : null;
}
