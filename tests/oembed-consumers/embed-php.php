<?php
/**
 * PHP's embed/embed (Debian's php-embed) as a CMS uses it on a pasted URL: it fetches the page,
 * follows its oEmbed discovery link as given, and prints the oEmbed data it got, as JSON.
 *
 * Usage: php tests/oembed-consumers/embed-php.php <url> <public-origin> <local-origin>
 * The discovery link names the site's public origin; the HTTP client sends those requests to the
 * local server instead (the one stand-in here: no network in tests).
 */
require_once 'Embed/autoload.php';
require_once 'GuzzleHttp/Psr7/autoload.php'; // the PSR-7 messages embed/embed needs (php-guzzlehttp-psr7)

use Psr\Http\Client\ClientInterface;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;

[$script, $url, $public, $local] = $argv + [null, null, null, null];
if ($local === null) {
	fwrite(STDERR, "usage: php embed-php.php <url> <public-origin> <local-origin>\n");
	exit(1);
}

$client = new class( parse_url( $public ), parse_url( $local ) ) implements ClientInterface {
	private $inner;
	public function __construct( private array $public, private array $local ) {
		$this->inner = new Embed\Http\CurlClient();
	}
	public function sendRequest( RequestInterface $request ): ResponseInterface {
		$uri = $request->getUri();
		if ( $uri->getHost() === $this->public['host'] ) {
			$uri     = $uri->withScheme( $this->local['scheme'] )->withHost( $this->local['host'] )->withPort( $this->local['port'] ?? null );
			$request = $request->withUri( $uri );
		}
		return $this->inner->sendRequest( $request );
	}
};

$embed = new Embed\Embed( new Embed\Http\Crawler( $client ) );
$info  = $embed->get( $url );
echo json_encode( array( 'endpoint' => (string) $info->getOEmbed()->getEndpoint(), 'oembed' => $info->getOEmbed()->all() ) ), "\n";
