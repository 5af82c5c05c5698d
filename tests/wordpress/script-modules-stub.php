<?php
/**
 * Plugin Name: Script modules stub (tests only)
 * Description: WordPress 6.5's wp_enqueue_script_module(), for a WordPress without it
 * (Debian's is 6.1), on requests with ?script-modules-stub: the WordPress tier
 * (tests/e2e/wordpress.test.mjs) puts this file in mu-plugins to test the plugin's 6.5+
 * branch. It prints each enqueued module as 6.5 does in a classic theme's footer:
 * <script type="module" src="URL" id="ID-js-module"></script>.
 *
 * @package east-asia-explainers
 */

// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a test switch.
if ( isset( $_GET['script-modules-stub'] ) && ! function_exists( 'wp_enqueue_script_module' ) ) {
	$GLOBALS['script_modules_stub'] = array();

	/**
	 * Enqueues a script module (the stub keeps its id and URL).
	 *
	 * @param string            $id      The module's id.
	 * @param string            $src     Its URL.
	 * @param array             $deps    Its dependencies (ignored).
	 * @param string|false|null $version Its version: false adds WordPress's, null none.
	 */
	function wp_enqueue_script_module( $id, $src = '', $deps = array(), $version = false ) {
		if ( false === $version ) {
			$version = get_bloginfo( 'version' );
		}
		$GLOBALS['script_modules_stub'][ $id ] = null === $version ? $src : add_query_arg( 'ver', $version, $src );
	}

	add_action(
		'wp_footer',
		function () {
			foreach ( $GLOBALS['script_modules_stub'] as $id => $src ) {
				wp_print_script_tag(
					array(
						'type' => 'module',
						'src'  => esc_url( $src ),
						'id'   => $id . '-js-module',
					)
				);
			}
		},
		10
	);
}
