<?php
/**
 * Runs WordPress's own code on a discovered oEmbed answer, without a database,
 * web server or network, and prints what WordPress would put in the post.
 *
 * Usage: php tests/wordpress/oembed-filter.php <pasted-url> < answer.json
 *        (WordPress directory: env WP_DIR, default /usr/share/wordpress)
 * Prints: {"html": <string|false>, "hostScript": <bool>}
 *
 * The pipeline mirrors WP_Embed::shortcode() -> wp_oembed_get() -> WP_oEmbed::get_html():
 *   data2html()  (applies 'oembed_dataparse': wp_filter_oembed_iframe_title_attribute @5,
 *                 wp_filter_oembed_result @10, WP_oEmbed::_strip_newlines @10)
 *   -> apply_filters( 'oembed_result' )         (no core callbacks)
 *   -> apply_filters( 'embed_oembed_html' )     (wp_maybe_enqueue_oembed_host_js), only if html is truthy.
 * Only the network fetch (WP_oEmbed::fetch) is replaced by the JSON on stdin.
 * Note: in WordPress 6.1 wp_filter_oembed_result is hooked on 'oembed_dataparse', not 'oembed_result'.
 */

function fail( $msg ) {
	fwrite( STDERR, "oembed-filter: $msg\n" );
	exit( 1 );
}

if ( $argc !== 2 || '' === $argv[1] ) {
	fail( 'usage: php oembed-filter.php <pasted-url> < oembed-answer.json' );
}
$url    = $argv[1];
$wp_dir = rtrim( getenv( 'WP_DIR' ) ?: '/usr/share/wordpress', '/' );

define( 'ABSPATH', $wp_dir . '/' );
define( 'WPINC', 'wp-includes' );

// Only the wp-includes files whose functions this path calls (roughly in wp-settings.php order).
$files = array(
	'version.php',                // $wp_version, for the record.
	'load.php',                   // is_multisite, wp_installing, is_ssl, is_admin.
	'plugin.php',                 // Hooks API (requires class-wp-hook.php).
	'cache.php',                  // wp_cache_* -> in-memory WP_Object_Cache (no DB).
	'class-wp-object-cache.php',
	'functions.php',              // wp_parse_args, wp_allowed_protocols, absint... (requires option.php).
	'class-wp-list-util.php',     // wp_list_pluck (title-attribute filter).
	'formatting.php',             // esc_url, esc_attr.
	'kses.php',                   // wp_kses, wp_kses_hair.
	'link-template.php',          // home_url (used by the WP_oEmbed constructor).
	'pluggable.php',              // wp_generate_password, wp_rand.
	'class-wp-dependency.php',    // Real script loader, so wp_enqueue_script() is WordPress's own.
	'class-wp-dependencies.php',
	'class-wp-scripts.php',
	'functions.wp-scripts.php',
	'class-wp-oembed.php',        // WP_oEmbed: provider list, data2html, _strip_newlines.
	'embed.php',                  // wp_filter_oembed_result, wp_maybe_enqueue_oembed_host_js...
);
foreach ( $files as $f ) {
	if ( ! is_readable( ABSPATH . WPINC . "/$f" ) ) {
		fail( 'WordPress file not found: ' . ABSPATH . WPINC . "/$f (set WP_DIR)" );
	}
}

$data = json_decode( stream_get_contents( STDIN ) );
if ( ! is_object( $data ) ) {
	fail( 'stdin is not a JSON object: ' . ( json_last_error() ? json_last_error_msg() : 'not an object' ) );
}

foreach ( $files as $f ) {
	require_once ABSPATH . WPINC . "/$f";
}

// Options: get_option() is WordPress's real one; instead of a database it reads the
// autoloaded options from the (real, in-memory) object cache, primed here with the
// install defaults from populate_options() (wp-admin/includes/schema.php).
wp_cache_init();
wp_cache_set(
	'alloptions',
	array(
		'blog_charset' => 'UTF-8',            // Read by _wp_specialchars() (esc_attr).
		'home'         => 'http://localhost', // Read by home_url(); only used in the VideoPress provider URL.
	),
	'options'
);

// Hooks exactly as wp-includes/default-filters.php registers them.
add_action( 'wp_head', 'wp_oembed_add_host_js' );
add_filter( 'embed_oembed_html', 'wp_maybe_enqueue_oembed_host_js' );
add_filter( 'oembed_dataparse', 'wp_filter_oembed_iframe_title_attribute', 5, 3 );
add_filter( 'oembed_dataparse', 'wp_filter_oembed_result', 10, 3 );
// default-filters.php hooks wp_default_scripts() (script-loader.php) here; of it we need only
// the 'wp-embed' registration (copied verbatim, SCRIPT_DEBUG off), since script-loader.php drags in most of WordPress.
add_action(
	'wp_default_scripts',
	function ( $scripts ) {
		$scripts->add( 'wp-embed', '/wp-includes/js/wp-embed.min.js', array(), false, 1 );
	}
);

// Embeds render inside the_content, long after 'init'; without it wp_enqueue_script() reports _doing_it_wrong.
do_action( 'init' );

// WP_oEmbed::get_html() minus the fetch: the constructor adds _strip_newlines; providers are core's list.
$wp_oembed = _wp_oembed_get_object();
$args      = array( 'discover' => true ); // As WP_Embed::shortcode() passes (embed_oembed_discover default).
$html      = apply_filters( 'oembed_result', $wp_oembed->data2html( $data, $url ), $url, $args );

// WP_Embed::shortcode(): only a truthy result goes through 'embed_oembed_html'; otherwise WordPress
// falls back to WP_Embed::maybe_make_link() (a plain link), reported here as html=false.
if ( $html ) {
	$html = apply_filters( 'embed_oembed_html', $html, $url, $args, 0 );
}

echo json_encode(
	array(
		'html'       => $html,
		'hostScript' => wp_script_is( 'wp-embed', 'enqueued' ),
	),
	JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
), "\n";
